/**
 * One entry for the commands that need a database: `dev`, `start`, `migrate`, `seed`, `reset`,
 * `new-migration NAME`, `admin-create --email … --name …`. Without DATABASE_URL it starts the embedded PostgreSQL in `.data/dev`
 * and, for dev and start, loads the demo data; with DATABASE_URL it uses that server and starts nothing.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { openDatabase, type Database } from "./db/database";
import { runToCompletion, runUntilExit } from "./process";
import { migrateOnce } from "./db/migrate-once";
import { listenAddress } from "./listen-address";

const [command = "dev", ...rest] = process.argv.slice(2);

async function main(): Promise<number> {
  const db = await openDatabase("dev");
  // The owner's URL goes only to migrations, never into the server's or the seed's environment.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MIGRATION_DATABASE_URL: undefined,
    DATABASE_URL: db.url,
    ...(db.embedded ? demoDefaults() : {}),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const ownerEnv = { ...env, MIGRATION_DATABASE_URL: db.migrationUrl };
  try {
    switch (command) {
      case "migrate":
        return await migrateOnce(ownerEnv);
      case "seed":
        return (await migrateOnce(ownerEnv)) || (await runToCompletion("tsx", ["prisma/seed.ts"], env));
      case "reset":
        return (
          (await runToCompletion("prisma", ["migrate", "reset", "--force"], {
            ...env,
            DATABASE_URL: db.migrationUrl,
          })) ||
          (await migrateOnce(ownerEnv)) ||
          (await runToCompletion("tsx", ["prisma/seed.ts"], env))
        );
      case "admin-create":
        // The embedded database may be new: migrate it first. A configured one is the operator's to migrate.
        if (db.embedded) {
          const migrated = await runToCompletion("prisma", ["migrate", "deploy"], env, { quiet: true });
          if (migrated !== 0) return migrated;
        }
        return await runToCompletion(
          "tsx",
          ["--conditions=react-server", "scripts/admin-create.ts", ...rest],
          env,
        );
      case "new-migration":
        return await runToCompletion("prisma", ["migrate", "dev", "--name", rest[0] ?? "change"], {
          ...env,
          DATABASE_URL: db.migrationUrl,
        });
      case "dev":
      case "start":
        return await serve(command, db, env, ownerEnv);
      default:
        console.error(
          `Unknown command "${command}". Use dev, start, migrate, seed, reset, admin-create or new-migration NAME.`,
        );
        return 2;
    }
  } finally {
    await db.stop();
  }
}

async function serve(
  mode: "dev" | "start",
  db: Database,
  env: NodeJS.ProcessEnv,
  ownerEnv: NodeJS.ProcessEnv,
): Promise<number> {
  const migrated = await migrateOnce(ownerEnv);
  if (migrated !== 0) return migrated;
  if (db.embedded) {
    const seeded = await runToCompletion("tsx", ["prisma/seed.ts"], env);
    if (seeded !== 0) return seeded;
  }
  const port = env.PORT ?? "3000";
  const host = mode === "start" ? ["-H", listenAddress(process.env)] : [];
  return runUntilExit("next", [mode, "-p", port, ...host, ...rest], env);
}

/** Settings a local demo needs and a production server must be given explicitly. */
function demoDefaults(): Record<string, string> {
  return {
    SITE_URL: process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`,
    AUTH_SECRET: process.env.AUTH_SECRET ?? localSecret(),
  };
}

/** A secret generated once per checkout and kept in the git-ignored `.data/`. */
function localSecret(): string {
  const file = ".data/auth-secret";
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
