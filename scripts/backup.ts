/**
 * `npm run db:backup [-- FILE]`: a pg_dump (custom format) of the configured database into FILE
 * (default backups/welkom-<time>.dump). `npm run db:restore -- FILE`: pg_restore of such a file into
 * the configured database (replacing what the dump contains), then pending migrations applied.
 * Both connect as MIGRATION_DATABASE_URL when it is set (the owner, who can recreate the tables).
 * Uses pg_dump/pg_restore from the PATH, whose major version must be at least the server's.
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { openDatabase } from "./db/database";
import { migrateOnce } from "./db/migrate-once";

const run = promisify(execFile);

/** The major version of a PostgreSQL client tool on the PATH, or undefined when there is none. */
export async function clientMajor(tool: "pg_dump" | "pg_restore"): Promise<number | undefined> {
  try {
    const { stdout } = await run(tool, ["--version"]);
    const match = /(\d+)(?:\.\d+)?/.exec(stdout.replace(/^[^)]*\)/, ""));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>(
      "SELECT current_setting('server_version_num') AS version",
    );
    return Math.floor(Number(rows[0]!.version) / 10_000);
  } finally {
    await client.end();
  }
}

/** Why the client tool cannot serve this server, in one sentence; undefined when it fits. */
export function clientMismatch(tool: string, client: number | undefined, server: number): string | undefined {
  if (client === undefined)
    return `${tool} is not on the PATH: install the PostgreSQL ${server} client (Debian: apt-get install postgresql-client-${server}, or the PGDG packages).`;
  if (client < server)
    return `${tool} ${client} is older than the PostgreSQL ${server} server and cannot handle it: put the PostgreSQL ${server} client (or newer) first on the PATH.`;
  return undefined;
}

/** Connection settings for the client tools, with the password in PGPASSWORD rather than on the command line. */
function clientEnv(url: string): { env: NodeJS.ProcessEnv; dbname: string } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) }, dbname: parsed.href };
}

function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(tool, args, { env, stdio: "inherit" });
    child.on("error", () => resolve(127));
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  const [command, file] = process.argv.slice(2);
  if (command !== "backup" && command !== "restore") {
    console.error("Use: npm run db:backup [-- FILE] or npm run db:restore -- FILE");
    return 2;
  }
  if (command === "restore" && (!file || !existsSync(file))) {
    console.error(file ? `${file} does not exist.` : "Name the dump to restore: npm run db:restore -- FILE");
    return 2;
  }
  const db = await openDatabase("dev");
  try {
    const tool = command === "backup" ? "pg_dump" : "pg_restore";
    const mismatch = clientMismatch(tool, await clientMajor(tool), await serverMajor(db.migrationUrl));
    if (mismatch) {
      console.error(mismatch);
      return 1;
    }
    // The owner's connection: a restore drops and recreates the tables.
    const { env, dbname } = clientEnv(db.migrationUrl);
    if (command === "backup") {
      const target =
        file ?? path.join("backups", `welkom-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`);
      mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
      const code = await runTool(
        "pg_dump",
        ["--format=custom", "--no-owner", "--no-privileges", `--file=${target}`, `--dbname=${dbname}`],
        env,
      );
      if (code === 0) console.log(`Backup written to ${target}`);
      return code;
    }
    const restored = await runTool(
      "pg_restore",
      [
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        `--dbname=${dbname}`,
        file!,
      ],
      env,
    );
    if (restored !== 0) return restored;
    console.log(`Restored ${file}; applying any newer migrations.`);
    return await migrateOnce({
      ...process.env,
      DATABASE_URL: db.url,
      MIGRATION_DATABASE_URL: db.migrationUrl,
    });
  } finally {
    await db.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
