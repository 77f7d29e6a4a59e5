import { checkDatabase } from "@/server/health";
import { log } from "@/server/log";
import { pendingMigrations } from "@/server/readiness";

export const dynamic = "force-dynamic";

/**
 * Readiness, for a deployment that waits before sending traffic: 200 when the database answers and
 * every shipped migration is applied, 503 otherwise. `/api/health` stays the liveness check.
 */
export async function GET() {
  const database = await checkDatabase();
  let pending: string[] | undefined;
  if (database) {
    try {
      pending = await pendingMigrations();
    } catch (error) {
      log.warn("ready.migrations_unknown", { reason: error instanceof Error ? error.name : "unknown" });
    }
  }
  const ready = database && pending !== undefined && pending.length === 0;
  const migrations = pending === undefined ? "unknown" : pending.length === 0 ? "current" : "pending";
  return Response.json(
    {
      status: ready ? "ready" : "not-ready",
      database: database ? "reachable" : "unreachable",
      migrations,
      ...(pending?.length ? { pending } : {}),
    },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
