import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrateOnce } from "../../scripts/db/migrate-once";

// Two instances starting at once on an empty database: one applies the migrations, the other waits
// for it and then finds nothing left to do.
const run = promisify(execFile);
const admin = process.env.TEST_ADMIN_DATABASE_URL!;
const name = `${process.env.TEST_DATABASE_PREFIX ?? "welkom_test"}_${randomBytes(5).toString("hex")}_empty`;
const url = new URL(admin);
url.pathname = `/${name}`;

async function query<T>(connectionString: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

afterAll(() => query(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

describe("instances starting together", () => {
  it("apply the migrations once, one after the other", async () => {
    await query(admin, `CREATE DATABASE ${name}`);
    const env = { ...process.env, DATABASE_URL: url.href };
    const spans: { start: number; end: number; stdout: string }[] = [];
    const deploy = async () => {
      const start = Date.now();
      const { stdout } = await run(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env });
      spans.push({ start, end: Date.now(), stdout });
      return 0;
    };
    expect(await Promise.all([migrateOnce(env, deploy), migrateOnce(env, deploy)])).toEqual([0, 0]);

    const [a, b] = spans.sort((x, y) => x.start - y.start);
    expect(b!.start).toBeGreaterThanOrEqual(a!.end);
    expect(a!.stdout).toContain("have been applied");
    expect(b!.stdout).toContain("No pending migrations to apply");
    const migrations = readdirSync("prisma/migrations", { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    ).length;
    const applied = await query<{ migration_name: string; count: string }>(
      url.href,
      `SELECT migration_name, count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL GROUP BY 1`,
    );
    expect(applied).toHaveLength(migrations);
    expect(applied.every((row) => Number(row.count) === 1)).toBe(true);
  });
});
