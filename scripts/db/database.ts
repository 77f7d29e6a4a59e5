import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

/** `migrationUrl` is the owner's connection that migrations run on; the same as `url` unless MIGRATION_DATABASE_URL is set. */
export type Database = EmbeddedDatabase & { embedded: boolean; migrationUrl: string };

const embeddedPorts = { dev: 54329, test: 54339, bench: 54349 } as const;

/**
 * The database a command works on: the server named by DATABASE_URL, or else an embedded
 * PostgreSQL of its own (`.data/dev`, `.data/test`, `.data/bench`). Migrations run on
 * MIGRATION_DATABASE_URL when it is set (the role that owns the tables; DATABASE_URL is then the
 * application's own, lesser role). Fails with one sentence naming the variable when a URL is
 * malformed or unreachable.
 */
export async function openDatabase(purpose: keyof typeof embeddedPorts): Promise<Database> {
  const configured = process.env.DATABASE_URL;
  const migration = process.env.MIGRATION_DATABASE_URL;
  if (!configured) {
    if (migration)
      throw new DatabaseSetupError(
        "MIGRATION_DATABASE_URL is set without DATABASE_URL: set both, or neither for the embedded PostgreSQL.",
      );
    const embedded = await startEmbeddedPostgres(purpose, embeddedPorts[purpose]);
    return { ...embedded, migrationUrl: embedded.url, embedded: true };
  }

  const url = parsePostgresUrl("DATABASE_URL", configured);
  await assertReachable("DATABASE_URL", url);
  if (migration) {
    await assertReachable("MIGRATION_DATABASE_URL", parsePostgresUrl("MIGRATION_DATABASE_URL", migration));
    // The grants after each migration name the application's role: it must be in the URL.
    if (!url.username)
      throw new DatabaseSetupError(
        "DATABASE_URL names no user: with MIGRATION_DATABASE_URL set, it must name the application's role.",
      );
  }
  const admin = new URL(url.href);
  admin.pathname = "/postgres";
  return {
    url: configured,
    migrationUrl: migration || configured,
    adminUrl: admin.href,
    stop: async () => {},
    embedded: false,
  };
}

function parsePostgresUrl(variable: string, value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    !url ||
    !["postgres:", "postgresql:"].includes(url.protocol) ||
    !url.hostname ||
    url.pathname.length < 2
  ) {
    throw new DatabaseSetupError(
      `${variable} is malformed: expected postgresql://user:password@host:port/database.`,
    );
  }
  return url;
}

async function assertReachable(variable: string, url: URL): Promise<void> {
  const client = new pg.Client({ connectionString: url.href, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseSetupError(
      `${variable} names a database that cannot be reached (${url.hostname}:${url.port || 5432}${url.pathname}): ${reason}.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export class DatabaseSetupError extends Error {}
