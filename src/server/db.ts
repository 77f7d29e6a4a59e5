import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { databaseUrl, env } from "@/env";
import { log } from "./log";
import { PrismaClient, type Prisma } from "./generated/prisma/client";

/**
 * One client per process, created on first use: a connection opened at import time would reach
 * for the database during `next build`. Kept on globalThis so dev-mode reloads reuse it.
 */
const holder = globalThis as unknown as { welkomPrisma?: PrismaClient; welkomPool?: pg.Pool };

export function db(): PrismaClient {
  // Prisma's $disconnect ends the shared pool; sql() then opens a new one.
  holder.welkomPrisma ??= new PrismaClient({ adapter: new PrismaPg(sql(), { disposeExternalPool: true }) });
  return holder.welkomPrisma;
}

/**
 * The connection pool under Prisma, for the few hot statements that skip Prisma's query compiler
 * (a registration under load): plain `pg` with named prepared statements, the same connections.
 */
export function sql(): pg.Pool {
  if (!holder.welkomPool || holder.welkomPool.ending) {
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: env().DATABASE_POOL_SIZE });
    // An idle connection the server closed (a restart, a failover) is dropped, not a crash.
    pool.on("error", (error) => log.warn("db.idle_connection_lost", { reason: error.message }));
    holder.welkomPool = pool;
  }
  return holder.welkomPool;
}

/** A client inside `db().$transaction(async (tx) => …)`: use-cases that must share one transaction take it. */
export type Tx = Prisma.TransactionClient;

/** For sql(): a timestamp(3) column holds UTC wall-clock time (as Prisma writes it), sent without an offset. */
export const utcTimestamp = (date: Date) => date.toISOString().slice(0, -1);
