import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { registerForInfosession } from "@/server/infosessions/register";
import { db } from "@/server/db";
import { anInfosession, aRegistrationInput } from "../support/factories";

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

// Every statement the portal sends waits this long first, as over a slow network: a transaction that
// held a session's row lock across round trips would then sit idle, locked, for this long each time.
const latencyMs = 60;
const probes = new WeakSet<pg.Client>();
const query = pg.Client.prototype.query as unknown as Query;
(pg.Client.prototype as unknown as { query: Query }).query = function delayed(this: pg.Client, ...args) {
  if (probes.has(this)) return query.apply(this, args);
  if (typeof args.at(-1) === "function") {
    setTimeout(() => query.apply(this, args), latencyMs);
    return undefined;
  }
  return new Promise((resolve) => setTimeout(resolve, latencyMs)).then(() => query.apply(this, args));
};
afterAll(() => {
  (pg.Client.prototype as unknown as { query: Query }).query = query;
});

/**
 * While bookings run, a second connection tries to lock the sessions' rows without waiting. Whenever
 * it cannot, the lock's holder must be busy in its one statement: a connection that holds a
 * transaction open between statements ('idle in transaction', with a transaction id) is the lock held
 * across round trips that this test forbids.
 */
async function watchLocks(sessionIds: string[], until: Promise<unknown>) {
  const probe = new pg.Client({ connectionString: process.env.DATABASE_URL });
  probes.add(probe);
  await probe.connect();
  let done = false;
  void until.finally(() => (done = true));
  const seen = { probes: 0, lockedByOthers: 0, heldAcrossRoundTrips: 0 };
  try {
    while (!done) {
      seen.probes++;
      try {
        await probe.query(
          `SELECT 1 FROM "Infosession" WHERE "id" = ANY($1::uuid[]) FOR NO KEY UPDATE NOWAIT`,
          [sessionIds],
        );
      } catch (error) {
        if ((error as { code?: string }).code !== "55P03") throw error;
        seen.lockedByOthers++;
        const { rows } = await probe.query<{ idle: number }>(
          `SELECT COUNT(*)::int AS idle FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid()
             AND state = 'idle in transaction' AND backend_xid IS NOT NULL`,
        );
        if (rows[0]!.idle > 0) seen.heldAcrossRoundTrips++;
      }
    }
  } finally {
    await probe.end();
  }
  return seen;
}

describe("the session's row lock", () => {
  it("is held for one statement only, whether the booking is confirmed, waitlisted or a series-1 and series-2 pair", async () => {
    const first = await anInfosession({ capacity: 3, series: "SERIES_1", language: "uk" });
    const second = await anInfosession({
      capacity: 2,
      series: "SERIES_2",
      language: "uk",
      startsAt: new Date(Date.now() + 12 * 86_400_000),
    });
    const bookings = Promise.all([
      ...Array.from({ length: 6 }, (_, n) =>
        registerForInfosession(aRegistrationInput(first.id), { ip: `10.9.0.${n}` }),
      ),
      ...Array.from({ length: 3 }, (_, n) =>
        registerForInfosession(aRegistrationInput(first.id, { followUpSessionId: second.id }), {
          ip: `10.9.1.${n}`,
        }),
      ),
    ]);
    const seen = await watchLocks([first.id, second.id], bookings);
    const results = await bookings;

    expect(seen.heldAcrossRoundTrips).toBe(0);
    expect(seen.probes).toBeGreaterThan(5);
    const statuses = results.flatMap((result) => result.registrations.map((entry) => entry.status));
    expect(statuses.filter((status) => status === "confirmed").length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === "waitlisted").length).toBeGreaterThan(0);
    const taken = await db().infosession.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { seatsTaken: true, capacity: true },
    });
    for (const session of taken) expect(session.seatsTaken).toBeLessThanOrEqual(session.capacity);
  });
});
