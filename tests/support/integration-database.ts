/**
 * Gives each integration test file a database of its own, copied from the migrated template that
 * scripts/test.ts prepared, so files cannot see each other's rows. Runs before the file's imports
 * read DATABASE_URL.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL;
const template = process.env.TEST_TEMPLATE_DATABASE;
if (!adminUrl || !template)
  throw new Error(
    "Run integration tests through `npm test` or `npm run test:integration`: they need a prepared template database.",
  );

const name = `${process.env.TEST_DATABASE_PREFIX ?? "welkom_test"}_${randomBytes(5).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.href;

afterAll(async () => {
  const holder = globalThis as unknown as { welkomPrisma?: { $disconnect(): Promise<void> } };
  await holder.welkomPrisma?.$disconnect();
  const cleanup = new pg.Client({ connectionString: adminUrl });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await cleanup.end();
});
