/**
 * Throughput of one info page with wrk, as ratios to nginx serving the same prerendered HTML from
 * disk, all measured in this one command with the same load generator:
 *   (a) next start alone (what `npm start` runs), (b) next start behind deploy/nginx.conf's cache.
 * Goals: (a) at least 2 % of nginx, (b) at least 75 %.
 *
 *   npm run bench -- throughput [--duration 8] [--rounds 3] [--connections 64] [--port 3402] [path]
 * The path defaults to /uk/rights. Ports: next on --port, nginx baseline +1, nginx cache +2.
 * Everything runs on 127.0.0.1 and stops by itself.
 */
import { execFile } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parseArgs } from "./support/args";
import { parsePort, startNext, startNginx } from "./support/servers";

const run = promisify(execFile);
const { options, positional } = parseArgs(process.argv.slice(2));
const page = positional[0] ?? "/uk/rights";
const duration = Math.min(60, Math.max(2, Number(options.duration ?? 8)));
const rounds = Math.min(10, Math.max(1, Number(options.rounds ?? 3)));
const connections = Math.max(1, Number(options.connections ?? 64));
const nextPort = parsePort(options.port ?? process.env.BENCH_PORT, 3402);
const baselinePort = nextPort + 1;
const cachePort = nextPort + 2;

const work = mkdtempSync(path.join(tmpdir(), "welkom-throughput-"));
// nginx's workers drop root privileges: they must be able to read the HTML and write the cache.
chmodSync(work, 0o755);

/** The main nginx.conf around an http-level include; both nginx instances share it. */
function mainConfig(prefix: string, httpBody: string): string {
  mkdirSync(path.join(prefix, "tmp"), { recursive: true });
  return `worker_processes 2;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
${httpBody}
}
`;
}

/** deploy/nginx.conf as shipped, with only its addresses and paths moved into the scratch directory. */
function deployConfig(prefix: string): string {
  let config = readFileSync("deploy/nginx.conf", "utf8");
  const replacements: [string, string][] = [
    ["/var/cache/nginx/welkom", path.join(prefix, "cache")],
    // Both upstream instances point at the one server the benchmark starts.
    ["server 127.0.0.1:3000 ", `server 127.0.0.1:${nextPort} `],
    ["server 127.0.0.1:3001 ", `server 127.0.0.1:${nextPort} `],
    ["listen 80;", `listen 127.0.0.1:${cachePort};`],
    ["/var/log/nginx/welkom.access.log", path.join(prefix, "access.log")],
  ];
  for (const [from, to] of replacements) {
    if (!config.includes(from))
      throw new Error(`deploy/nginx.conf no longer contains "${from}": update bench/throughput.ts`);
    config = config.replace(from, to);
  }
  return config;
}

async function wrk(url: string, seconds: number): Promise<number> {
  const { stdout } = await run("/usr/bin/wrk", ["-t2", `-c${connections}`, `-d${seconds}s`, url], {
    timeout: (seconds + 30) * 1000,
  });
  const match = stdout.match(/Requests\/sec:\s+([\d.]+)/);
  const errors = stdout.match(/Non-2xx or 3xx responses: (\d+)/);
  if (!match) throw new Error(`wrk printed no rate:\n${stdout}`);
  if (errors) throw new Error(`${url}: ${errors[1]} responses were not 2xx/3xx`);
  return Number(match[1]);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const servers: { stop: () => Promise<void> }[] = [];
try {
  const next = await startNext(nextPort, page);
  servers.push(next);
  const check = await fetch(`${next.url}${page}`);
  if (check.status !== 200)
    throw new Error(`${page} answers ${check.status} from next start: pass an existing page as argument`);
  const html = await check.text();

  // The baseline serves the prerendered file Next wrote at build time (or, if absent, the same HTML).
  const prerendered = path.join(".next/server/app", `${page}.html`);
  const baselinePrefix = path.join(work, "baseline");
  mkdirSync(path.join(baselinePrefix, "html", path.dirname(page)), { recursive: true });
  const target = path.join(baselinePrefix, "html", `${page}.html`);
  if (existsSync(prerendered)) copyFileSync(prerendered, target);
  else writeFileSync(target, html);
  writeFileSync(
    path.join(baselinePrefix, "nginx.conf"),
    mainConfig(
      baselinePrefix,
      `  server {\n    listen 127.0.0.1:${baselinePort};\n    root ${baselinePrefix}/html;\n    location / { default_type text/html; try_files $uri.html $uri =404; }\n  }`,
    ),
  );
  servers.push(await startNginx(baselinePrefix, path.join(baselinePrefix, "nginx.conf"), baselinePort));

  const cachePrefix = path.join(work, "cache");
  mkdirSync(cachePrefix, { recursive: true });
  writeFileSync(path.join(cachePrefix, "nginx.conf"), mainConfig(cachePrefix, deployConfig(cachePrefix)));
  servers.push(await startNginx(cachePrefix, path.join(cachePrefix, "nginx.conf"), cachePort));

  // Fill the cache and check that it is hit.
  await (await fetch(`http://127.0.0.1:${cachePort}${page}`)).arrayBuffer();
  const second = await fetch(`http://127.0.0.1:${cachePort}${page}`);
  await second.arrayBuffer();
  const cacheStatus = second.headers.get("x-cache-status");
  console.log(`deploy/nginx.conf cache status on the second request: ${cacheStatus}`);

  const targets = {
    nginx: `http://127.0.0.1:${baselinePort}${page}`,
    next: `${next.url}${page}`,
    cached: `http://127.0.0.1:${cachePort}${page}`,
  };
  for (const url of Object.values(targets)) await wrk(url, 2); // warm-up
  const rates: Record<keyof typeof targets, number[]> = { nginx: [], next: [], cached: [] };
  for (let round = 1; round <= rounds; round++) {
    for (const name of Object.keys(targets) as (keyof typeof targets)[]) {
      rates[name].push(await wrk(targets[name], duration));
    }
    console.log(
      `round ${round}: nginx ${rates.nginx.at(-1)!.toFixed(0)}, next ${rates.next.at(-1)!.toFixed(0)}, cached ${rates.cached.at(-1)!.toFixed(0)} req/s`,
    );
  }

  const nginx = median(rates.nginx);
  const nextAlone = median(rates.next);
  const cached = median(rates.cached);
  const ratioA = nextAlone / nginx;
  const ratioB = cached / nginx;
  console.log(`\nThroughput of ${page} (wrk -t2 -c${connections}, ${rounds} x ${duration} s, median req/s)`);
  console.log(`nginx from disk (baseline)      ${nginx.toFixed(0)}`);
  console.log(
    `(a) next start alone            ${nextAlone.toFixed(0)}\t${(ratioA * 100).toFixed(2)} % of nginx (goal >= 2 %)\t${ratioA >= 0.02 ? "ok" : "BELOW"}`,
  );
  console.log(
    `(b) next start + nginx cache    ${cached.toFixed(0)}\t${(ratioB * 100).toFixed(1)} % of nginx (goal >= 75 %)\t${ratioB >= 0.75 ? "ok" : "BELOW"}`,
  );
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    "bench/results/throughput.json",
    JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        page,
        connections,
        duration,
        rounds,
        cacheStatus,
        rates,
        ratioA,
        ratioB,
      },
      null,
      2,
    ),
  );
  process.exitCode = ratioA >= 0.02 && ratioB >= 0.75 && cacheStatus === "HIT" ? 0 : 1;
} finally {
  for (const server of servers.reverse()) await server.stop();
  if (process.env.BENCH_KEEP !== "1") rmSync(work, { recursive: true, force: true });
}
