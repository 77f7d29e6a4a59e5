// The driver-adapter factory the WebAssembly schema engine talks through (it
// cannot open connections itself): @prisma/adapter-pg with the fixes marked
// Trap 1, 2, 3 and 5 below.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import {
  connectionFor,
  describeUrl,
  logInfo,
  quoteIdent,
  runScript,
  UserFacingError,
  withDatabase,
} from "./postgres.mjs";

// Trap 1: the engine's schema reader selects columns of PostgreSQL's internal
// one-byte type "char" (oid 18: pg_constraint.contype, confdeltype, ...), and
// @prisma/adapter-pg 7.10 rejects that oid ("Unsupported column type char").
// Let the adapter read such a column as text, then declare it as a Character
// column: the engine reads contype with as_char(), which fails on a text value
// (a migration with a CHECK constraint then panics the engine). Patched on the
// adapter's query base class, shared by connections and transactions, in this
// engine process only; the application's Prisma Client is untouched.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const charColumnsOf = new WeakMap(); // rows array of a result -> indexes of its "char" columns
let charColumnsPatched = false;

function readCharColumnsAsCharacter(adapter) {
  if (charColumnsPatched) return;
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)); // PgQueryable.prototype
  const { performIO, queryRaw } = queryable;
  if (typeof performIO !== "function" || typeof queryRaw !== "function") {
    throw new Error(
      "@prisma/adapter-pg changed its internals (PgQueryable.performIO/queryRaw): update scripts/prisma-engine/adapter.mjs",
    );
  }
  queryable.performIO = async function performIOCharAsText(query) {
    const result = await performIO.call(this, query);
    const indexes = [];
    result?.fields?.forEach((field, i) => {
      if (field.dataTypeID !== PG_CHAR_OID) return;
      field.dataTypeID = PG_TEXT_OID;
      indexes.push(i);
    });
    if (indexes.length > 0) charColumnsOf.set(result.rows, indexes);
    return result;
  };
  queryable.queryRaw = async function queryRawCharAsCharacter(query) {
    const result = await queryRaw.call(this, query);
    for (const i of charColumnsOf.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  charColumnsPatched = true;
}

/** True when both URLs name the same database and schema on the same server. */
function sameDatabase(a, b) {
  const x = describeUrl(a);
  const y = describeUrl(b);
  const local = (h) =>
    ["localhost", "127.0.0.1", "::1", "[::1]"].includes(h.toLowerCase()) ? "local" : h.toLowerCase();
  return (
    local(x.host) === local(y.host) && x.port === y.port && x.database === y.database && x.schema === y.schema
  );
}

/**
 * The migration-aware adapter factory for SchemaEngine.new(). `datasource` is
 * prisma.config.ts's `datasource` as the CLI passes it: `{ url, shadowDatabaseUrl? }`.
 * Returns the bound factory and a `cleanup()` that drops shadow databases left
 * behind if the engine is stopped half-way.
 */
export function createAdapterFactory(datasource) {
  const { url, shadowDatabaseUrl } = datasource;
  const temporaryDatabases = new Set();

  async function openAdapter(targetUrl) {
    const { poolConfig, adapterOptions } = connectionFor(targetUrl);
    const adapter = await new PrismaPg(poolConfig, adapterOptions).connect();
    readCharColumnsAsCharacter(adapter);
    // Trap 3: adapter-pg's executeScript splits the script on every `;`, which
    // cuts `$$ ... $$` function bodies and quoted semicolons apart. Migrations
    // must run exactly as written: send the whole script as one simple query.
    adapter.executeScript = async (script) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (error) {
        adapter.onError(error); // rethrows as the adapter's DriverAdapterError
      }
    };
    return adapter;
  }

  async function dropTemporaryDatabase(name) {
    // WITH (FORCE) (PostgreSQL 13+) also ends connections the engine forgot to close.
    await runScript(url, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    temporaryDatabases.delete(name);
    logInfo(`Dropped temporary shadow database ${name}`);
  }

  // Trap 2: adapter-pg's own connectToShadowDb creates a database but then
  // connects to the main one (its connection string wins over `database`), so
  // migrations get replayed on the dev database and `migrate dev` ends in P3005.
  // Create and connect a throw-away database ourselves; drop it on dispose.
  async function openTemporaryShadowDatabase() {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    try {
      await runScript(url, `CREATE DATABASE ${quoteIdent(name)}`);
    } catch (error) {
      throw new Error(
        `Could not create a temporary shadow database (${error.message}). Grant the database user CREATEDB, or set datasource.shadowDatabaseUrl in prisma.config.ts to an existing, disposable database.`,
      );
    }
    temporaryDatabases.add(name);
    logInfo(`Created temporary shadow database ${name}`);
    const adapter = await openAdapter(withDatabase(url, name));
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose(); // closes the pool first, so the drop does not have to force
      await dropTemporaryDatabase(name);
    };
    return adapter;
  }

  // Trap 5: with `shadowDatabaseUrl` set, the WebAssembly engine does not reset
  // that database before replaying the migrations. Empty its schema ourselves,
  // and never accept the main database as the shadow one (that would wipe it).
  async function openConfiguredShadowDatabase() {
    if (sameDatabase(shadowDatabaseUrl, url)) {
      throw new Error(
        "The shadow database you configured appears to be the same as the main database. Please specify another shadow database.",
      );
    }
    const { schema } = describeUrl(shadowDatabaseUrl);
    logInfo(`Emptying schema ${schema} of the configured shadow database`);
    await runScript(
      shadowDatabaseUrl,
      `DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE; CREATE SCHEMA ${quoteIdent(schema)};`,
    );
    return openAdapter(shadowDatabaseUrl);
  }

  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      // The wasm engine connects at start, even for a diff between two schema files.
      if (!url) {
        throw new UserFacingError(
          "P1012",
          "The datasource.url property is required in your Prisma config file (the schema engine stand-in always connects to the database).",
        );
      }
      return openAdapter(url);
    },
    connectToShadowDb: () =>
      shadowDatabaseUrl ? openConfiguredShadowDatabase() : openTemporaryShadowDatabase(),
  };

  return {
    factory: bindMigrationAwareSqlAdapterFactory(factory),
    async cleanup() {
      for (const name of [...temporaryDatabases]) await dropTemporaryDatabase(name).catch(() => {});
    },
  };
}
