/**
 * `npm run bench -- registration-burst`: 3·C concurrent registrations over HTTP against a running
 * production server for a session of capacity C (50), then the same number of conditional-update
 * transactions straight against PostgreSQL as the ceiling. Reports confirmed seats (must equal C),
 * waitlisted, errors (must be 0), p50/p95 latency, throughput, and the ratio to the ceiling.
 * Needs a production build (`npm run build`; built here if missing). Uses the embedded `bench`
 * database (or DATABASE_URL's server) in a fresh `welkom_bench` database.
 * `--warmup N` (default 500): registrations before the burst, and transactions before the ceiling.
 * `--instances N` (default 1): N servers, the requests sent to each in turn.
 * `--profile`: the server runs under `node --cpu-prof` with bench/support/pg-trace.mjs; the burst's CPU
 * time by category, the SQL round trips and the time under the session's lock are added to the report.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "../scripts/db/database";
import { runToCompletion } from "../scripts/process";
import { parseArgs } from "./support/args";
import { summarizeProfile } from "./support/cpu-profile";

const capacity = 50;
const requests = 3 * capacity;
const options = parseArgs(process.argv.slice(2)).options;
const profile = "profile" in options;
/**
 * Registrations (and ceiling transactions) before each measurement, in waves of 10. V8 compiles a
 * function to optimised code only after it has run many times: after 10 requests the burst measured
 * mostly unoptimised JavaScript (Next's request handling, zod, pg), which a server that has been
 * answering for a while, as at the moment a session opens, no longer runs. `--warmup 10` measures it cold.
 */
const warmup = Number(options.warmup ?? 500);
/** `--instances N` (default 1): production servers side by side, as deploy/nginx.conf runs them. */
const instances = Math.max(1, Number(options.instances ?? 1));
const profileDir = path.resolve("bench/results/registration-burst-profile");
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

async function main() {
  const database = await openDatabase("bench");
  const url = new URL(database.adminUrl);
  url.pathname = "/welkom_bench";
  const admin = new pg.Client({ connectionString: database.adminUrl });
  await admin.connect();
  await admin.query("DROP DATABASE IF EXISTS welkom_bench WITH (FORCE)");
  await admin.query("CREATE DATABASE welkom_bench");
  await admin.end();
  const env = { ...process.env, DATABASE_URL: url.href, NEXT_TELEMETRY_DISABLED: "1" };
  const servers: { process: ReturnType<typeof spawn>; base: string }[] = [];
  try {
    if ((await runToCompletion("prisma", ["migrate", "deploy"], env)) !== 0)
      throw new Error("migrations failed");
    if (!existsSync(".next/BUILD_ID") && (await runToCompletion("next", ["build"], env)) !== 0)
      throw new Error("build failed");
    if (profile) {
      rmSync(profileDir, { recursive: true, force: true });
      mkdirSync(profileDir, { recursive: true });
    }
    for (let instance = 0; instance < instances; instance++) servers.push(await startServer(env));
    const bases = servers.map((entry) => entry.base);
    for (const base of bases) await waitForHealth(base);
    // Requests go to the instances in turn, as nginx's upstream does (deploy/nginx.conf).
    let turn = 0;
    const nextBase = () => bases[turn++ % bases.length]!;

    const client = new pg.Client({ connectionString: url.href });
    await client.connect();
    const sessionId = await createSession(client, capacity);
    const warmId = await createSession(client, warmup + 10);
    // Warm the route (first-request compilation, optimised code, connection pool) outside the measurement.
    await inWaves(warmup, () => register(nextBase(), warmId));

    const started = performance.now();
    const window = { fromUs: monotonicUs(), toUs: 0 };
    const results = await Promise.all(
      Array.from({ length: requests }, () => register(nextBase(), sessionId)),
    );
    window.toUs = monotonicUs();
    const httpSeconds = (performance.now() - started) / 1000;
    const { rows } = await client.query<{ status: string; seats: string; count: string }>(
      `SELECT "status", SUM("seats") AS seats, COUNT(*) AS count FROM "Registration" WHERE "sessionId" = $1 GROUP BY "status"`,
      [sessionId],
    );
    const byStatus = Object.fromEntries(
      rows.map((row) => [row.status, { seats: Number(row.seats), count: Number(row.count) }]),
    );
    const seatsTaken = (
      await client.query<{ seatsTaken: number }>(`SELECT "seatsTaken" FROM "Infosession" WHERE "id" = $1`, [
        sessionId,
      ])
    ).rows[0]!.seatsTaken;

    const ceilingSessionId = await createSession(client, capacity);
    const ceilingWarmId = await createSession(client, warmup + 10);
    await client.end();
    const ceiling = await conditionalUpdateCeiling(url.href, ceilingSessionId, ceilingWarmId);

    const latencies = results.map((result) => result.ms).sort((a, b) => a - b);
    const report = {
      capacity,
      requests,
      warmup,
      instances,
      loadAverage: os.loadavg().map((value) => round(value)),
      confirmedSeats: byStatus.CONFIRMED?.seats ?? 0,
      seatsTaken,
      waitlisted: byStatus.WAITLISTED?.count ?? 0,
      errors: results.filter((result) => result.status !== 201).length,
      errorStatuses: [
        ...new Set(results.filter((result) => result.status !== 201).map((result) => result.status)),
      ],
      http: {
        p50Ms: round(percentile(latencies, 0.5)),
        p95Ms: round(percentile(latencies, 0.95)),
        seconds: round(httpSeconds),
        perSecond: round(requests / httpSeconds),
      },
      ceiling: {
        p50Ms: round(ceiling.p50),
        p95Ms: round(ceiling.p95),
        seconds: round(ceiling.seconds),
        perSecond: round(requests / ceiling.seconds),
        confirmed: ceiling.confirmed,
      },
      ratioOfCeiling: round(requests / httpSeconds / (requests / ceiling.seconds), 3),
    };
    if (profile) {
      for (const { process: server } of servers) {
        const exited = new Promise((resolve) => server.once("exit", resolve));
        process.kill(-server.pid!, "SIGTERM");
        await exited;
      }
      Object.assign(report, { profile: profileOf(window) });
    }
    mkdirSync("bench/results", { recursive: true });
    writeFileSync("bench/results/registration-burst.json", JSON.stringify(report, null, 2));
    console.log(JSON.stringify(report, null, 2));
    const ok =
      report.confirmedSeats === capacity &&
      report.seatsTaken === capacity &&
      report.errors === 0 &&
      report.waitlisted === requests - capacity;
    console.log(
      ok
        ? "registration-burst: OK (confirmed = C, no errors)"
        : "registration-burst: FAILED (see figures above)",
    );
    return ok ? 0 : 1;
  } finally {
    for (const { process: server } of servers) {
      try {
        process.kill(-server.pid!, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await database.stop();
  }
}

/** One production server (`next start`) on a free port, with the bench's settings. */
async function startServer(env: NodeJS.ProcessEnv) {
  const port = await freePort();
  const server = spawn(
    path.resolve("node_modules/.bin/next"),
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: {
        ...env,
        NODE_ENV: "production",
        SITE_URL: `http://127.0.0.1:${port}`,
        AUTH_SECRET: "bench-secret-that-is-at-least-32-characters",
        RATE_LIMIT_REGISTRATIONS_PER_IP_PER_HOUR: "1000000",
        RATE_LIMIT_REGISTRATIONS_PER_CONTACT_PER_DAY: "1000000",
        OUTBOX_WORKER: "false",
        LOG_LEVEL: "warn",
        ...(profile
          ? {
              NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir} --import=${path.resolve("bench/support/pg-trace.mjs")}`,
              BENCH_PG_TRACE: path.join(profileDir, `pg-trace-${port}.json`),
            }
          : {}),
      },
      detached: true,
      stdio: "ignore",
    },
  );
  return { process: server, base: `http://127.0.0.1:${port}` };
}

/** The server's CPU time during the burst (the busiest profile: one instance's, if there are several) and the SQL traces. */
function profileOf(window: { fromUs: number; toUs: number }) {
  const summaries = readdirSync(profileDir)
    .filter((file) => file.endsWith(".cpuprofile"))
    .map((file) => summarizeProfile(path.join(profileDir, file), window.fromUs, window.toUs))
    .sort((a, b) => b.sampledMs - a.sampledMs);
  // One trace per instance, added up.
  type Trace = {
    queries: number;
    byKind: Record<string, { count: number; totalMs: number }>;
    lockHeldMs: number[];
  };
  const traces = readdirSync(profileDir)
    .filter((file) => file.startsWith("pg-trace-"))
    .map((file) => JSON.parse(readFileSync(path.join(profileDir, file), "utf8")) as Trace);
  const trace = traces.reduce<Trace | undefined>((sum, next) => {
    if (!sum) return next;
    for (const [kind, entry] of Object.entries(next.byKind)) {
      const total = (sum.byKind[kind] ??= { count: 0, totalMs: 0 });
      total.count += entry.count;
      total.totalMs += entry.totalMs;
    }
    return {
      queries: sum.queries + next.queries,
      byKind: sum.byKind,
      lockHeldMs: [...sum.lockHeldMs, ...next.lockHeldMs],
    };
  }, undefined);
  const held = [...(trace?.lockHeldMs ?? [])].sort((a, b) => a - b);
  return {
    cpu: summaries[0],
    sql: trace && {
      // Includes the warm-up's registrations.
      roundTripsPerRegistration: round(trace.queries / (requests + warmup), 2),
      byKind: Object.fromEntries(
        Object.entries(trace.byKind).map(([kind, entry]) => [
          kind,
          {
            perRegistration: round(entry.count / (requests + warmup), 2),
            meanMs: round(entry.totalMs / entry.count, 2),
          },
        ]),
      ),
      sessionLockHeldMs: { p50: round(percentile(held, 0.5), 2), p95: round(percentile(held, 0.95), 2) },
    },
  };
}

async function register(base: string, sessionId: string): Promise<{ status: number; ms: number }> {
  const body = {
    sessionId,
    contact: { name: "Bench Registrant", email: `bench.${randomUUID()}@example.test` },
    locale: "uk",
    attendees: [{ firstName: "Bench", birthYear: 1990 }],
    consent: true,
    idempotencyKey: randomUUID(),
  };
  const started = performance.now();
  try {
    const response = await fetch(`${base}/api/v1/registrations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

/**
 * The floor cost of a booking: one transaction with the conditional update and an insert, over a pool
 * of the app's size; after as many warm-up transactions (on another session) as the server had.
 */
async function conditionalUpdateCeiling(connectionString: string, sessionId: string, warmId: string) {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // pool.end() returns before its connections have closed: stopping PostgreSQL right after may reach
  // one still open ("terminating connection"), which must not crash the bench after its report.
  pool.on("error", () => {});
  await inWaves(warmup, () => conditionalUpdate(pool, warmId));
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: requests }, () => conditionalUpdate(pool, sessionId)),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  const latencies = results.map((result) => result.ms).sort((a, b) => a - b);
  return {
    seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    confirmed: results.filter((result) => result.confirmed).length,
  };
}

async function conditionalUpdate(pool: pg.Pool, sessionId: string) {
  const begin = performance.now();
  const connection = await pool.connect();
  try {
    await connection.query("BEGIN");
    const updated = await connection.query(
      `UPDATE "Infosession" SET "seatsTaken" = "seatsTaken" + 1 WHERE "id" = $1 AND "seatsTaken" + 1 <= "capacity"`,
      [sessionId],
    );
    const id = randomUUID();
    await connection.query(
      `INSERT INTO "Registration" ("id", "sessionId", "status", "seats", "registrantType", "contactName", "contactEmail", "contactKey", "locale", "manageTokenHash", "consentAt", "updatedAt")
       VALUES ($1, $2, $3, 1, 'SELF', 'Ceiling', $4, $5, 'uk', $6, now(), now())`,
      [
        id,
        sessionId,
        updated.rowCount === 1 ? "CONFIRMED" : "WAITLISTED",
        `${id}@example.test`,
        `email:${id}@example.test`,
        id,
      ],
    );
    await connection.query("COMMIT");
    return { confirmed: updated.rowCount === 1, ms: performance.now() - begin };
  } finally {
    connection.release();
  }
}

/** `count` calls of `task`, ten at a time. */
async function inWaves(count: number, task: () => Promise<unknown>): Promise<void> {
  for (let done = 0; done < count; done += 10)
    await Promise.all(Array.from({ length: Math.min(10, count - done) }, task));
}

async function createSession(client: pg.Client, seats: number): Promise<string> {
  const id = randomUUID();
  const startsAt = new Date(Date.now() + 14 * 86_400_000);
  await client.query(
    `INSERT INTO "Infosession" ("id", "series", "language", "region", "startsAt", "endsAt", "capacity", "meetingUrl", "updatedAt") VALUES ($1, 'SERIES_1', 'uk', 'FLANDERS', $2, $3, $4, 'https://meet.example.test/bench', now())`,
    [id, startsAt, new Date(startsAt.getTime() + 7_200_000), seats],
  );
  return id;
}

async function waitForHealth(base: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the production server did not become healthy within 60 s");
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
