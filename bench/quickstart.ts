/**
 * The README's promise, timed: a fresh clone, `npm install`, then `npm run dev` until `/nl` answers
 * 200. Baseline in the same run: a second `npm run dev` in the same clone (database already
 * initialised and migrated, dependencies installed), so the ratio shows what a first start costs.
 */
import { spawn, execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const repo = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(os.tmpdir(), "welkom-quickstart-"));
const clone = path.join(work, "welkom");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function timed(command: string, args: string[]): number {
  const started = performance.now();
  execFileSync(command, args, { cwd: clone, stdio: "ignore", env: { ...process.env, CI: "true" } });
  return (performance.now() - started) / 1000;
}

/** Starts `npm run dev`, waits for 200 on /nl (at most 5 minutes), stops it; returns seconds. */
async function timeToFirstPage(): Promise<number> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn("npm", ["run", "dev"], { cwd: clone, env, detached: true, stdio: "ignore" });
  try {
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline) {
      const status = await fetch(`http://127.0.0.1:${port}/nl`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return (performance.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error("/nl did not answer 200 within 5 minutes");
  } finally {
    stopGroup(child.pid, "SIGINT");
    await new Promise((resolve) => setTimeout(resolve, 3000));
    stopGroup(child.pid, "SIGKILL");
  }
}

function stopGroup(pid: number | undefined, signal: NodeJS.Signals) {
  try {
    if (pid) process.kill(-pid, signal);
  } catch {
    // the group has already exited
  }
}

// mkdtemp makes a 0700 folder; the embedded PostgreSQL runs as its own user and must reach its data.
chmodSync(work, 0o755);
try {
  execFileSync("git", ["clone", "--quiet", repo, clone]);
  const install = timed("npm", ["install", "--no-audit", "--no-fund"]);
  const firstStart = await timeToFirstPage();
  const restart = await timeToFirstPage();
  console.log(`npm install (fresh clone, warm npm cache): ${install.toFixed(1)} s`);
  console.log(`npm run dev → first 200 on /nl, fresh clone: ${firstStart.toFixed(1)} s`);
  console.log(`npm run dev → first 200 on /nl, restart (baseline): ${restart.toFixed(1)} s`);
  console.log(
    `fresh start / restart: ${(firstStart / restart).toFixed(2)}×; install + first start: ${(install + firstStart).toFixed(1)} s`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
