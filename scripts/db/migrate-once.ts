import pg from "pg";
import { runToCompletion } from "../process";
import { grantAppRole } from "./app-role-grants";

// Any fixed number: the advisory lock that instances starting together queue on.
const migrationLock = 7_470_010;

/**
 * `prisma migrate deploy` behind a PostgreSQL advisory lock: when several instances start at once,
 * one applies the pending migrations while the others wait, then find nothing left to apply.
 * Migrations run as MIGRATION_DATABASE_URL's role when it is set (the tables' owner), and the
 * application's role in DATABASE_URL then gets its grants (scripts/db/app-role-grants.ts).
 */
export async function migrateOnce(
  env: NodeJS.ProcessEnv,
  migrate = () =>
    runToCompletion("prisma", ["migrate", "deploy"], {
      ...env,
      DATABASE_URL: env.MIGRATION_DATABASE_URL || env.DATABASE_URL,
    }),
): Promise<number> {
  const client = new pg.Client({ connectionString: env.MIGRATION_DATABASE_URL || env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [migrationLock]);
    const migrated = await migrate();
    if (migrated === 0 && env.MIGRATION_DATABASE_URL && env.DATABASE_URL)
      await grantAppRole(client, env.DATABASE_URL);
    return migrated;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [migrationLock]).catch(() => undefined);
    await client.end();
  }
}
