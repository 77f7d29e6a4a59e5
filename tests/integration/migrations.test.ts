import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { describe, expect, it } from "vitest";

// Guards the WebAssembly schema-engine stand-in (scripts/prisma-schema-engine.mjs): if a Prisma
// upgrade breaks it, or a migration and the schema drift apart, this fails.
const run = promisify(execFile);
const prisma = path.resolve("node_modules/.bin/prisma");

async function prismaCli(args: string[]) {
  try {
    const { stdout } = await run(prisma, args, { env: process.env });
    return { code: 0, stdout };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, stdout: `${failure.stdout ?? ""}${failure.stderr ?? ""}` };
  }
}

describe("migrations", () => {
  it("are all applied to this file's database, which was empty before", async () => {
    const status = await prismaCli(["migrate", "status"]);
    expect(status.stdout).toContain("Database schema is up to date");
    expect(status.code).toBe(0);
  });

  it("replayed from scratch produce exactly the schema in schema.prisma", async () => {
    const diff = await prismaCli([
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/migrations",
      "--to-schema",
      "prisma/schema.prisma",
      "--exit-code",
    ]);
    expect(diff.stdout).toContain("No difference detected");
    expect(diff.code).toBe(0);
  });

  it("leave the database matching schema.prisma", async () => {
    const diff = await prismaCli([
      "migrate",
      "diff",
      "--from-config-datasource",
      "--to-schema",
      "prisma/schema.prisma",
      "--exit-code",
    ]);
    expect(diff.code).toBe(0);
  });

  it("keep the hand-written constraints: the audit log refuses changes", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(`INSERT INTO "AuditEvent" (action, "entityType") VALUES ('READ', 'test')`);
      await expect(client.query(`UPDATE "AuditEvent" SET "entityType" = 'changed'`)).rejects.toThrow(
        /cannot be changed/,
      );
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/cannot be changed/);
      const extension = await client.query(`SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`);
      expect(extension.rowCount).toBe(1);
    } finally {
      await client.end();
    }
  });
});
