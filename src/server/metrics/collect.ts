import "server-only";
import { db } from "../db";
import { loopLastRuns } from "../background";
import { metrics } from "./registry";

/** Fills the gauges from the database (shared by all instances) and this instance's loops, then renders the text format. */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  const current = metrics();
  const [outbox, registrations, failures] = await Promise.all([
    db().$queryRaw<
      { status: string; count: bigint }[]
    >`SELECT "status"::text AS "status", count(*) AS "count" FROM "OutboxMessage" WHERE "status" IN ('PENDING', 'DEAD') GROUP BY 1`,
    db().$queryRaw<{ status: string; count: bigint }[]>`
      SELECT r."status"::text AS "status", count(*) AS "count" FROM "Registration" r JOIN "Infosession" s ON s."id" = r."sessionId"
      WHERE r."status" IN ('CONFIRMED', 'WAITLISTED') AND s."startsAt" > now() GROUP BY 1`,
    db().$queryRaw<
      { count: bigint }[]
    >`SELECT count(*) AS "count" FROM "AuditEvent" WHERE "action" = 'SIGN_IN_FAILED' AND "at" > now() - interval '1 hour'`,
  ]);
  for (const status of ["PENDING", "DEAD"])
    current.outbox.set(
      { status: status.toLowerCase() },
      Number(outbox.find((row) => row.status === status)?.count ?? 0),
    );
  for (const status of ["CONFIRMED", "WAITLISTED"])
    current.registrations.set(
      { status: status.toLowerCase() },
      Number(registrations.find((row) => row.status === status)?.count ?? 0),
    );
  current.signInFailures.set(Number(failures[0]?.count ?? 0));
  for (const [loop, at] of loopLastRuns()) current.loopLastRun.set({ loop }, at.getTime() / 1000);
  return { contentType: current.registry.contentType, body: await current.registry.metrics() };
}
