import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The README's recommended production set-up: migrations as an owner role (MIGRATION_DATABASE_URL),
// the portal as a role of its own (DATABASE_URL) that can add to the audit log and read it, nothing more.
const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");
const admin = process.env.TEST_ADMIN_DATABASE_URL!;
const suffix = randomBytes(5).toString("hex");
const database = `${process.env.TEST_DATABASE_PREFIX ?? "welkom_test"}_${suffix}_roles`;
const ownerRole = `welkom_owner_${suffix}`;
const appRole = `welkom_app_${suffix}`;
const password = randomBytes(12).toString("hex");

function urlFor(role: string): string {
  const url = new URL(admin);
  url.username = role;
  url.password = password;
  url.pathname = `/${database}`;
  return url.href;
}
const ownerUrl = urlFor(ownerRole);
const appUrl = urlFor(appRole);

async function sql(connectionString: string, text: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** The SQLSTATE a statement fails with, or "ok". 42501 is insufficient_privilege. */
async function outcome(connectionString: string, text: string): Promise<string> {
  try {
    await sql(connectionString, text);
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

async function migrate(env: Record<string, string>) {
  const inherited = { ...process.env };
  delete inherited.MIGRATION_DATABASE_URL;
  try {
    const { stdout } = await run(tsx, ["scripts/run.ts", "migrate"], { env: { ...inherited, ...env } });
    return { code: 0, output: stdout };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, output: `${failure.stdout ?? ""}${failure.stderr ?? ""}` };
  }
}

beforeAll(async () => {
  await sql(admin, `CREATE ROLE ${ownerRole} LOGIN PASSWORD '${password}'`);
  await sql(admin, `CREATE ROLE ${appRole} LOGIN PASSWORD '${password}'`);
  // PostgreSQL 15+: the public schema belongs to the database owner; others cannot create in it.
  await sql(admin, `CREATE DATABASE ${database} OWNER ${ownerRole}`);
});

afterAll(async () => {
  await sql(admin, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await sql(admin, `DROP ROLE IF EXISTS ${appRole}`);
  await sql(admin, `DROP ROLE IF EXISTS ${ownerRole}`);
});

describe("an owner role for migrations and an application role", () => {
  it("npm run db:migrate applies the migrations as the owner", async () => {
    const result = await migrate({ DATABASE_URL: appUrl, MIGRATION_DATABASE_URL: ownerUrl });
    expect(result.output).toContain("have been applied");
    expect(result.code).toBe(0);
    const owners = await sql(
      ownerUrl,
      `SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'AuditEvent'`,
    );
    expect(owners.rows).toEqual([{ tableowner: ownerRole }]);
  });

  it("lets the application add to the audit log and read it, and nothing else", async () => {
    expect(
      await outcome(appUrl, `INSERT INTO "AuditEvent" (action, "entityType") VALUES ('READ', 'roles-test')`),
    ).toBe("ok");
    const read = await sql(
      appUrl,
      `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "entityType" = 'roles-test'`,
    );
    expect(read.rows).toEqual([{ n: 1 }]);
    // Refused by the privileges themselves, before the append-only trigger is reached (that would be P0001).
    expect(await outcome(appUrl, `UPDATE "AuditEvent" SET "entityType" = 'changed'`)).toBe("42501");
    expect(await outcome(appUrl, `DELETE FROM "AuditEvent"`)).toBe("42501");
    expect(await outcome(appUrl, `TRUNCATE "AuditEvent"`)).toBe("42501");
    // Only the owner could switch the trigger off or drop it.
    expect(await outcome(appUrl, `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).toBe("42501");
    expect(await outcome(appUrl, `DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`)).toBe("42501");
    expect(await outcome(appUrl, `DELETE FROM "_prisma_migrations"`)).toBe("42501");
    expect(await outcome(appUrl, `CREATE TABLE "Intruder" (id int)`)).toBe("42501");
  });

  it("lets the application write its other tables", async () => {
    for (const statement of [
      `INSERT INTO "RateLimitCounter" (key, "windowStart", count) VALUES ('roles-test', now(), 1)`,
      `UPDATE "RateLimitCounter" SET count = 2 WHERE key = 'roles-test'`,
      `SELECT key FROM "RateLimitCounter" WHERE key = 'roles-test' FOR UPDATE`,
      `DELETE FROM "RateLimitCounter" WHERE key = 'roles-test'`,
      `SELECT count(*) FROM "_prisma_migrations"`,
    ])
      expect(await outcome(appUrl, statement), statement).toBe("ok");
  });

  it("covers tables the owner adds later", async () => {
    await sql(ownerUrl, `CREATE TABLE "AddedLater" (id bigserial PRIMARY KEY, note text)`);
    expect(await outcome(appUrl, `INSERT INTO "AddedLater" (note) VALUES ('x')`)).toBe("ok");
  });

  it("lets npm start as the application role alone find nothing to apply", async () => {
    const result = await migrate({ DATABASE_URL: appUrl });
    expect(result.output).toContain("No pending migrations to apply");
    expect(result.code).toBe(0);
  });

  it("refuses an application role that can act as the owner", async () => {
    await sql(admin, `GRANT ${ownerRole} TO ${appRole}`);
    try {
      const result = await migrate({ DATABASE_URL: appUrl, MIGRATION_DATABASE_URL: ownerUrl });
      expect(result.code).toBe(1);
      expect(result.output).toContain(`The role in DATABASE_URL (${appRole}) can act as the owner`);
    } finally {
      await sql(admin, `REVOKE ${ownerRole} FROM ${appRole}`);
    }
  });
});
