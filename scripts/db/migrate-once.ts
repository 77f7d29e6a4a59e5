import pg from "pg";
import { runToCompletion } from "../process";

// Any fixed number: the advisory lock that instances starting together queue on.
const migrationLock = 7_470_010;

/**
 * `prisma migrate deploy` behind a PostgreSQL advisory lock: when several instances start at once,
 * one applies the pending migrations while the others wait, then find nothing left to apply.
 */
export async function migrateOnce(
  env: NodeJS.ProcessEnv,
  migrate = () => runToCompletion("prisma", ["migrate", "deploy"], env),
): Promise<number> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [migrationLock]);
    return await migrate();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [migrationLock]).catch(() => undefined);
    await client.end();
  }
}
