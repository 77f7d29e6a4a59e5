import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres";

export type Database = EmbeddedDatabase & { embedded: boolean };

const embeddedPorts = { dev: 54329, test: 54339, bench: 54349 } as const;

/**
 * The database a command works on: the server named by DATABASE_URL, or else an embedded
 * PostgreSQL of its own (`.data/dev`, `.data/test`, `.data/bench`). Fails with one sentence
 * naming the variable when DATABASE_URL is malformed or unreachable.
 */
export async function openDatabase(purpose: keyof typeof embeddedPorts): Promise<Database> {
  const configured = process.env.DATABASE_URL;
  if (!configured)
    return { ...(await startEmbeddedPostgres(purpose, embeddedPorts[purpose])), embedded: true };

  const url = parsePostgresUrl(configured);
  await assertReachable(url);
  const admin = new URL(url.href);
  admin.pathname = "/postgres";
  return { url: configured, adminUrl: admin.href, stop: async () => {}, embedded: false };
}

function parsePostgresUrl(value: string): URL {
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
      "DATABASE_URL is malformed: expected postgresql://user:password@host:port/database.",
    );
  }
  return url;
}

async function assertReachable(url: URL): Promise<void> {
  const client = new pg.Client({ connectionString: url.href, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseSetupError(
      `DATABASE_URL names a database that cannot be reached (${url.hostname}:${url.port || 5432}${url.pathname}): ${reason}.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export class DatabaseSetupError extends Error {}
