import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl, env } from "@/env";
import { PrismaClient, type Prisma } from "./generated/prisma/client";

/**
 * One client per process, created on first use: a connection opened at import time would reach
 * for the database during `next build`. Kept on globalThis so dev-mode reloads reuse it.
 */
const holder = globalThis as unknown as { welkomPrisma?: PrismaClient };

export function db(): PrismaClient {
  holder.welkomPrisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl(), max: env().DATABASE_POOL_SIZE }),
  });
  return holder.welkomPrisma;
}

export type Db = PrismaClient;
/** A client inside `db().$transaction(async (tx) => …)`: use-cases that must share one transaction take it. */
export type Tx = Prisma.TransactionClient;
