import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

async function migrateWith(databaseUrl: string) {
  try {
    await run(tsx, ["scripts/run.ts", "migrate"], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    return { code: 0, stderr: "" };
  } catch (error) {
    const failure = error as { code?: number; stderr?: string };
    return { code: failure.code ?? 1, stderr: failure.stderr ?? "" };
  }
}

describe("start-up with a bad DATABASE_URL", () => {
  it("stops with one sentence naming the variable when the URL is malformed", async () => {
    const result = await migrateWith("not a url");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "DATABASE_URL is malformed: expected postgresql://user:password@host:port/database.",
    );
  });

  it("stops with one sentence naming the variable when the server cannot be reached", async () => {
    const result = await migrateWith("postgresql://nobody@127.0.0.1:1/welkom");
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^DATABASE_URL names a database that cannot be reached \(127\.0\.0\.1:1\/welkom\)/,
    );
  });

  it("applies migrations when the database is reachable", async () => {
    const result = await migrateWith(process.env.DATABASE_URL ?? "");
    expect(result.code).toBe(0);
  });
});
