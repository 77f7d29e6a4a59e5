// PostgreSQL helpers of the schema-engine stand-in that need no engine:
// connection strings, the connection check and database creation behind the
// CLI's `cli can-connect-to-database` / `cli create-database` calls, and the
// error codes the native engine reports for them.
import pg from "pg";

/** An error the Prisma CLI shows with its code, like the native engine's user-facing errors. */
export class UserFacingError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "UserFacingError";
    this.code = code;
  }
}

/** An INFO line in the engine's JSON log format (the CLI shows stderr with DEBUG="prisma:schemaEngine*"). */
export function logInfo(message) {
  process.stderr.write(
    `${JSON.stringify({ level: "INFO", fields: { message }, target: "prisma_schema_engine_standin" })}\n`,
  );
}

export const quoteIdent = (name) => `"${String(name).replaceAll('"', '""')}"`;

/** Host, port, database, user and Prisma's `schema` parameter of a connection string. */
export function describeUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserFacingError(
      "P1013",
      "The provided database string is invalid. The URL could not be parsed.",
    );
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) {
    throw new UserFacingError(
      "P1013",
      `The provided database string is invalid. This stand-in for the schema engine only supports PostgreSQL URLs (postgresql://...), got \`${parsed.protocol}\`.`,
    );
  }
  const user = decodeURIComponent(parsed.username) || process.env.PGUSER || "postgres";
  return {
    host: parsed.searchParams.get("host") ?? (parsed.hostname || "localhost"),
    port: parsed.port || "5432",
    user,
    // Like libpq, an URL without a database name connects to the user's database.
    database: decodeURIComponent(parsed.pathname.slice(1)) || user,
    schema: parsed.searchParams.get("schema") || "public",
  };
}

/** The same connection string pointing at another database on the same server. */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

// `?schema=` is a Prisma parameter that node-postgres ignores: turn it into the
// session's search_path (as the native engine does) and tell the adapter about it.
export function connectionFor(url) {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema");
  if (!schema) return { poolConfig: { connectionString: url }, adapterOptions: undefined };
  parsed.searchParams.delete("schema");
  const options = [parsed.searchParams.get("options"), `-c search_path=${quoteIdent(schema)}`];
  parsed.searchParams.set("options", options.filter(Boolean).join(" "));
  return { poolConfig: { connectionString: parsed.toString() }, adapterOptions: { schema } };
}

/** Opens one plain client, runs `work(client)`, and always closes it. */
async function withClient(url, work) {
  const client = new pg.Client(connectionFor(url).poolConfig);
  client.on("error", () => {}); // a dropped idle connection must not crash the engine
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs a whole SQL script as one simple query (the multi-statement protocol). */
export function runScript(url, script) {
  return withClient(url, (client) => client.query(script));
}

/**
 * Maps a connection failure to the code and wording of the native engine, so
 * `prisma migrate dev` can tell "database missing" (P1003, it then creates it)
 * from "server unreachable" (P1001) or "bad credentials" (P1000).
 * Returns null for errors that are not about connecting.
 */
export function classifyConnectionError(error, url) {
  const { host, port, database, user } = describeUrl(url);
  const code = error?.code ?? error?.errors?.[0]?.code; // Node reports dual-stack failures as AggregateError
  switch (code) {
    case "3D000":
      return new UserFacingError(
        "P1003",
        `Database \`${database}\` does not exist on the database server at \`${host}:${port}\`.`,
      );
    case "28P01":
    case "28000":
      return new UserFacingError(
        "P1000",
        `Authentication failed against database server at \`${host}\`, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${host}\`.`,
      );
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
    case "EAI_AGAIN":
      return new UserFacingError(
        "P1001",
        `Can't reach database server at \`${host}:${port}\`\n\nPlease make sure your database server is running at \`${host}:${port}\`.`,
      );
    default:
      return null;
  }
}

/** Null when the database accepts a connection, else the UserFacingError/Error explaining why not. */
export async function checkConnection(url) {
  if (!url)
    return new UserFacingError(
      "P1012",
      "No database URL was given (set datasource.url in prisma.config.ts).",
    );
  try {
    describeUrl(url);
    await withClient(url, (client) => client.query("SELECT 1"));
    return null;
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    return classifyConnectionError(error, url) ?? error;
  }
}

/** CREATE DATABASE for the database named in `url`, from a maintenance database. Returns its name. */
export async function createDatabase(url) {
  const { database, host, port } = describeUrl(url);
  let lastError;
  // The native engine connects to `postgres`, and to `template1` where that is missing.
  for (const maintenance of ["postgres", "template1"]) {
    try {
      await withClient(withDatabase(url, maintenance), (client) =>
        client.query(`CREATE DATABASE ${quoteIdent(database)}`),
      );
      return database;
    } catch (error) {
      lastError = error;
      if (error.code === "3D000") continue;
      if (error.code === "42P04") {
        throw new UserFacingError(
          "P1009",
          `Database \`${database}\` already exists on the database server at \`${host}:${port}\``,
        );
      }
      throw classifyConnectionError(error, url) ?? error;
    }
  }
  throw lastError;
}
