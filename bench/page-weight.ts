/**
 * JavaScript sent to the browser per info page, gzip-compressed, from a production build served by
 * `next start`. For each page: the external scripts (<script src>) and the inline scripts (Next's
 * bootstrap and the React Server Components payload), each gzip-compressed on its own at level 6.
 * `nomodule` scripts (Next's legacy polyfills) are not loaded by the browsers that run modules, so
 * they are reported apart and not counted.
 * Limit: 120 KiB per page, 150 KiB for the home page.
 *
 *   npm run bench -- page-weight [--port 3402] [--locale uk] [path ...]
 * Paths are without the locale prefix ("" is the home page); by default every public page.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { publicPagePaths } from "../src/domain/public-pages";
import { parseArgs } from "./support/args";
import { parsePort, startNext } from "./support/servers";

const { options, positional } = parseArgs(process.argv.slice(2));
const port = parsePort(options.port ?? process.env.BENCH_PORT, 3402);
const locale = options.locale ?? "uk";
const paths =
  positional.length > 0
    ? positional.map((p) => (p === "/" ? "" : p))
    : publicPagePaths.filter((p) => p !== "/infosessions");
const kib = (bytes: number) => bytes / 1024;
const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;
const limitFor = (path: string) => (path === "" ? 150 : 120);

type Row = {
  page: string;
  status: number;
  scripts: number;
  externalKiB: number;
  inlineKiB: number;
  totalKiB: number;
  limitKiB: number;
  ok: boolean;
};

const server = await startNext(port, `/${locale}`);
const rows: Row[] = [];
const scriptSizes = new Map<string, number>();
let legacy: string[] = [];
try {
  for (const path of paths) {
    const page = `/${locale}${path}`;
    const response = await fetch(`${server.url}${page}`);
    const html = await response.text();
    if (response.status !== 200) {
      rows.push({
        page,
        status: response.status,
        scripts: 0,
        externalKiB: 0,
        inlineKiB: 0,
        totalKiB: 0,
        limitKiB: limitFor(path),
        ok: false,
      });
      continue;
    }
    const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)];
    const isLegacy = (tag: RegExpMatchArray) => /nomodule/i.test(`${tag[1]} ${tag[3]}`);
    const sourceOf = (tag: RegExpMatchArray) => tag[2]!.replace(/&amp;/g, "&");
    const sources = [...new Set(tags.filter((tag) => !isLegacy(tag)).map(sourceOf))];
    legacy = [...new Set([...legacy, ...tags.filter(isLegacy).map(sourceOf)])];
    let external = 0;
    for (const src of sources) {
      if (!scriptSizes.has(src))
        scriptSizes.set(
          src,
          gzipSize(Buffer.from(await (await fetch(new URL(src, server.url))).arrayBuffer())),
        );
      external += scriptSizes.get(src)!;
    }
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
      (sum, match) => sum + (match[1] ? gzipSize(match[1]) : 0),
      0,
    );
    const total = kib(external + inline);
    rows.push({
      page,
      status: 200,
      scripts: sources.length,
      externalKiB: kib(external),
      inlineKiB: kib(inline),
      totalKiB: total,
      limitKiB: limitFor(path),
      ok: total <= limitFor(path),
    });
  }
} finally {
  await server.stop();
}

console.log("\nJavaScript per page (gzip, KiB)");
console.log(["page", "scripts", "external", "inline", "total", "limit", "result"].join("\t"));
for (const row of rows) {
  const result = row.status !== 200 ? `HTTP ${row.status}` : row.ok ? "ok" : "OVER";
  console.log(
    [
      row.page,
      row.scripts,
      row.externalKiB.toFixed(1),
      row.inlineKiB.toFixed(1),
      row.totalKiB.toFixed(1),
      row.limitKiB,
      result,
    ].join("\t"),
  );
}
if (legacy.length > 0) console.log(`not counted (nomodule, legacy browsers only): ${legacy.join(", ")}`);
const largest = [...scriptSizes].sort((a, b) => b[1] - a[1]).slice(0, 5);
console.log(
  `largest scripts: ${largest.map(([src, size]) => `${src.split("/").pop()} ${kib(size).toFixed(1)}`).join(", ")}`,
);
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  "bench/results/page-weight.json",
  JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2),
);
const measured = rows.filter((row) => row.status === 200);
process.exit(measured.length > 0 && measured.every((row) => row.ok) ? 0 : 1);
