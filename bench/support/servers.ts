/**
 * Starting and stopping the servers a benchmark needs, on loopback, each in its own process group so
 * that stopping it ends every child (killing `npx`/`next` alone leaves next-server on the port).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { runToCompletion } from "../../scripts/process";

export type Server = { url: string; stop: () => Promise<void> };

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  }
}

// A benchmark interrupted half-way still stops what it started.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of running) killGroup(child);
    process.exit(130);
  });
}
process.on("exit", () => {
  for (const child of running) killGroup(child, "SIGKILL");
});

export function startDetached(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  quiet = true,
): ChildProcess {
  const child = spawn(command, args, { env, detached: true, stdio: quiet ? "ignore" : "inherit" });
  running.add(child);
  child.on("exit", () => running.delete(child));
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(child);
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref());
  await Promise.race([exited, timeout]);
  killGroup(child, "SIGKILL");
}

export async function waitForUrl(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Builds the app once if there is no production build (set BENCH_REBUILD=1 to force a fresh one). */
export async function ensureBuild(env: NodeJS.ProcessEnv): Promise<void> {
  if (existsSync(".next/BUILD_ID") && process.env.BENCH_REBUILD !== "1") return;
  const code = await runToCompletion("next", ["build"], env);
  if (code !== 0) throw new Error("next build failed");
}

/**
 * The environment for `next start` in a benchmark. Info pages never touch the database; a real one
 * is used when BENCH_DATABASE_URL is set, otherwise an address nothing listens on.
 */
export function nextEnv(port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "postgresql://bench:bench@127.0.0.1:9/bench",
    SITE_URL: process.env.SITE_URL ?? `http://127.0.0.1:${port}`,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-that-is-at-least-32-characters-long",
    OUTBOX_WORKER: "false",
    LOG_LEVEL: "warn",
  };
}

/** `next start` (what `npm start` runs once the database is ready) on 127.0.0.1:port. */
export async function startNext(port: number, probePath = "/nl"): Promise<Server> {
  const env = nextEnv(port);
  await ensureBuild(env);
  const child = startDetached(
    path.resolve("node_modules/.bin/next"),
    ["start", "-p", String(port), "-H", "127.0.0.1"],
    env,
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(`${url}${probePath}`);
  return { url, stop: () => stopChild(child) };
}

/** nginx in the foreground with its own prefix directory and configuration file. */
export async function startNginx(prefix: string, configFile: string, port: number): Promise<Server> {
  const child = startDetached(
    "/usr/sbin/nginx",
    ["-p", prefix, "-c", configFile, "-g", "daemon off;"],
    process.env,
    false,
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(`${url}/`, 15_000);
  return { url, stop: () => stopChild(child) };
}

export function parsePort(value: string | undefined, fallback: number): number {
  const port = Number(value ?? fallback);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`Not a usable port: ${value}`);
  return port;
}
