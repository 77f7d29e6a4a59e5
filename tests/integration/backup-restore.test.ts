import { execFile } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { clientMajor, clientMismatch, serverMajor } from "../../scripts/backup";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");
const sourceUrl = process.env.DATABASE_URL!;
const admin = process.env.TEST_ADMIN_DATABASE_URL!;
const target = `${process.env.TEST_DATABASE_PREFIX ?? "welkom_test"}_${randomBytes(5).toString("hex")}_restored`;
const targetUrl = (() => {
  const url = new URL(admin);
  url.pathname = `/${target}`;
  return url.href;
})();
const work = mkdtempSync(path.join(tmpdir(), "welkom-backup-"));

// pg_dump and pg_restore must be at least the server's major version. CI's second pass (the
// machine's PostgreSQL 15 with Debian's client 15) runs this; against the embedded PostgreSQL 18
// with an older client on the PATH it is skipped, with the reason printed.
const server = await serverMajor(sourceUrl);
const mismatch =
  clientMismatch("pg_dump", await clientMajor("pg_dump"), server) ??
  clientMismatch("pg_restore", await clientMajor("pg_restore"), server);
if (mismatch) console.warn(`backup-restore skipped: ${mismatch}`);

async function sql<T>(connectionString: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await sql(admin, `DROP DATABASE IF EXISTS ${target} WITH (FORCE)`);
  rmSync(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("says in one sentence when the client tools do not fit the server", () => {
    expect(clientMismatch("pg_dump", 15, 18)).toBe(
      "pg_dump 15 is older than the PostgreSQL 18 server and cannot handle it: put the PostgreSQL 18 client (or newer) first on the PATH.",
    );
    expect(clientMismatch("pg_dump", undefined, 15)).toMatch(/^pg_dump is not on the PATH/);
    expect(clientMismatch("pg_dump", 17, 15)).toBeUndefined();
  });

  it.skipIf(mismatch !== undefined)(
    "a dump restored into an empty database serves the same data, migrations up to date",
    async () => {
      const id = randomUUID();
      await sql(
        sourceUrl,
        `INSERT INTO "Infosession" ("id", "series", "language", "region", "startsAt", "endsAt", "capacity", "meetingUrl", "updatedAt") VALUES ($1, 'SERIES_1', 'uk', 'BRUSSELS', now() + interval '5 days', now() + interval '5 days 2 hours', 20, 'https://meet.example.test/backup', now())`,
        [id],
      );
      const file = path.join(work, "welkom.dump");
      await run(tsx, ["scripts/backup.ts", "backup", file], {
        env: { ...process.env, DATABASE_URL: sourceUrl },
      });
      expect(statSync(file).size).toBeGreaterThan(1000);

      await sql(admin, `CREATE DATABASE ${target}`);
      await run(tsx, ["scripts/backup.ts", "restore", file], {
        env: { ...process.env, DATABASE_URL: targetUrl },
      });

      const status = await run(path.resolve("node_modules/.bin/prisma"), ["migrate", "status"], {
        env: { ...process.env, DATABASE_URL: targetUrl },
      });
      expect(status.stdout).toContain("Database schema is up to date");
      const rows = await sql<{ region: string; capacity: number }>(
        targetUrl,
        `SELECT "region", "capacity" FROM "Infosession" WHERE "id" = $1`,
        [id],
      );
      expect(rows).toEqual([{ region: "BRUSSELS", capacity: 20 }]);
      // The portal's own constraints came along: the audit log still refuses changes.
      await sql(targetUrl, `INSERT INTO "AuditEvent" (action, "entityType") VALUES ('READ', 'test')`);
      await expect(sql(targetUrl, `UPDATE "AuditEvent" SET "entityType" = 'changed'`)).rejects.toThrow(
        /cannot be changed/,
      );
      expect(await sql(targetUrl, `SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`)).toHaveLength(1);
    },
  );
});
