/**
 * Lighthouse 13 (mobile, simulated throttling: its defaults) on info pages of a production build
 * served by `next start`, in the Chromium the e2e tests use (tests/support/chromium.ts). Goals: performance >= 95, accessibility 100,
 * best practices >= 95, SEO 100.
 *
 *   npm run bench -- lighthouse [--port 3402] [path ...]     (default: /uk /uk/status /uk/rights)
 * Lighthouse scores are absolute, not ratios: on a shared machine the performance score moves by a
 * few points between runs, so each page is measured --runs times (default 1) and the median is kept.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parseArgs } from "./support/args";
import { parsePort, startNext } from "./support/servers";
import { resolveChromium } from "../tests/support/chromium";

const run = promisify(execFile);
const { options, positional } = parseArgs(process.argv.slice(2));
const port = parsePort(options.port ?? process.env.BENCH_PORT, 3402);
const paths = positional.length > 0 ? positional : ["/uk", "/uk/status", "/uk/rights"];
const runs = Math.min(5, Math.max(1, Number(options.runs ?? 1)));
// CHROMIUM_PATH, else the system's Chromium, else the one that comes with `npm install`.
const chromium = (await resolveChromium()).executablePath;

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof categories)[number];
const goals: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 95,
  seo: 100,
};

type Audit = {
  score: number | null;
  title: string;
  scoreDisplayMode: string;
  displayValue?: string;
  details?: { items?: Record<string, unknown>[] };
};
type Report = { categories: Record<Category, { score: number | null }>; audits: Record<string, Audit> };
const metrics = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
  "speed-index",
];

async function lighthouse(url: string, output: string): Promise<Report> {
  const flags =
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync";
  await run(
    path.resolve("node_modules/.bin/lighthouse"),
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${output}`,
      `--only-categories=${categories.join(",")}`,
      `--chrome-flags=${flags}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromium }, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(readFileSync(output, "utf8")) as Report;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const work = mkdtempSync(path.join(tmpdir(), "welkom-lighthouse-"));
const server = await startNext(port, paths[0]);
const results: { page: string; scores: Record<Category, number>; metrics: string; failing: string[] }[] = [];
try {
  for (const page of paths) {
    const status = (await fetch(`${server.url}${page}`)).status;
    if (status !== 200) {
      console.log(`${page}: HTTP ${status}, skipped`);
      continue;
    }
    const reports: Report[] = [];
    for (let i = 0; i < runs; i++)
      reports.push(await lighthouse(`${server.url}${page}`, path.join(work, `report-${i}.json`)));
    const scores = Object.fromEntries(
      categories.map((category) => [
        category,
        median(reports.map((report) => Math.round((report.categories[category].score ?? 0) * 100))),
      ]),
    ) as Record<Category, number>;
    const last = reports.at(-1)!;
    const failing = Object.entries(last.audits)
      .filter(([, audit]) => audit.scoreDisplayMode === "binary" && audit.score === 0)
      .map(
        ([id, audit]) => `${id}: ${audit.title} ${JSON.stringify((audit.details?.items ?? []).slice(0, 3))}`,
      );
    const measured = metrics
      .map((id) => `${id.replace(/-/g, " ")} ${last.audits[id]?.displayValue ?? "?"}`)
      .join(", ");
    results.push({ page, scores, metrics: measured, failing });
  }
} finally {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nLighthouse 13, mobile, simulated throttling (median of ${runs})`);
console.log(["page", ...categories, "result"].join("\t"));
let allMet = results.length > 0;
for (const result of results) {
  const met = categories.every((category) => result.scores[category] >= goals[category]);
  allMet &&= met;
  console.log(
    [result.page, ...categories.map((category) => result.scores[category]), met ? "ok" : "BELOW"].join("\t"),
  );
  console.log(`  ${result.metrics}`);
  for (const audit of result.failing) console.log(`  failing: ${audit}`);
}
console.log(`goals: ${categories.map((category) => `${category} >= ${goals[category]}`).join(", ")}`);
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  "bench/results/lighthouse.json",
  JSON.stringify({ measuredAt: new Date().toISOString(), runs, results }, null, 2),
);
process.exit(allMet ? 0 : 1);
