import "server-only";
import { db } from "./db";
import { log } from "./log";

export async function checkDatabase(): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch (error) {
    log.warn("health.database_unreachable", { reason: error instanceof Error ? error.name : "unknown" });
    return false;
  }
}
