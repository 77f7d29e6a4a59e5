import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "./db";

/**
 * Migrations in prisma/migrations that the database has not finished applying (an instance started
 * from a newer release than its database, or a failed migration), by folder name.
 */
export async function pendingMigrations(): Promise<string[]> {
  const folder = path.join(process.cwd(), "prisma", "migrations");
  const shipped = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const applied = await db().$queryRaw<
    { name: string }[]
  >`SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
  const done = new Set(applied.map((row) => row.name));
  return shipped.filter((name) => !done.has(name)).sort();
}
