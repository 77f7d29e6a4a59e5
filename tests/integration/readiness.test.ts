import { describe, expect, it } from "vitest";

const { db } = await import("@/server/db");
const { pendingMigrations } = await import("@/server/readiness");

// /api/ready answers 503 while pendingMigrations() lists anything.
describe("readiness: are the migrations current?", () => {
  it("lists nothing on a migrated database, and a migration the database has not finished", async () => {
    expect(await pendingMigrations()).toEqual([]);
    const [last] = await db().$queryRaw<
      { name: string }[]
    >`SELECT "migration_name" AS "name" FROM "_prisma_migrations" ORDER BY "migration_name" DESC LIMIT 1`;
    await db()
      .$executeRaw`UPDATE "_prisma_migrations" SET "finished_at" = NULL WHERE "migration_name" = ${last!.name}`;
    expect(await pendingMigrations()).toEqual([last!.name]);
    await db().$disconnect();
  });
});
