import "server-only";
import { pickPromotions } from "@/domain/infosessions/waitlist";
import type { Tx } from "../db";
import { notifyRegistrant, registrantFields, type Registrant } from "./notify-registrant";

export type LockedSession = {
  id: string;
  series: "SERIES_1" | "SERIES_2" | "FOLLOW_UP";
  language: "nl" | "uk" | "en" | "ru";
  status: "SCHEDULED" | "CANCELLED";
  startsAt: Date;
  capacity: number;
  seatsTaken: number;
};

/**
 * Locks the sessions' rows for the rest of the transaction, in id order so that two bookings of the
 * same pair cannot deadlock. NO KEY UPDATE (not FOR UPDATE): it must not wait for the key-share
 * locks that inserting a registration (a foreign key to the session) takes. Every change to seatsTaken or to a session's waiting list happens under
 * this lock: it is what keeps confirmed seats within capacity whatever the concurrency.
 */
export async function lockSessions(tx: Tx, ids: readonly string[]): Promise<Map<string, LockedSession>> {
  const sorted = [...new Set(ids)].sort();
  const rows = await tx.$queryRaw<LockedSession[]>`
    SELECT "id", "series", "language", "status", "startsAt", "capacity", "seatsTaken"
    FROM "Infosession" WHERE "id" = ANY(${sorted}::uuid[]) ORDER BY "id" FOR NO KEY UPDATE`;
  return new Map(rows.map((row) => [row.id, row]));
}

export async function addSeats(tx: Tx, sessionId: string, seats: number): Promise<void> {
  // The CHECK constraint (seatsTaken between 0 and capacity) is the last line of defence.
  await tx.$executeRaw`UPDATE "Infosession" SET "seatsTaken" = "seatsTaken" + ${seats} WHERE "id" = ${sessionId}::uuid`;
}

/**
 * Moves the waiting list up into the seats that are free, in queue order, skipping groups that do
 * not fit, and queues a mail to each promoted registrant. The caller holds the session's lock.
 */
export async function promoteWaitlist(tx: Tx, sessionId: string, now: Date): Promise<string[]> {
  const [session] = await tx.$queryRaw<{ capacity: number; seatsTaken: number; status: string }[]>`
    SELECT "capacity", "seatsTaken", "status" FROM "Infosession" WHERE "id" = ${sessionId}::uuid FOR NO KEY UPDATE`;
  if (!session || session.status !== "SCHEDULED") return [];
  const free = session.capacity - session.seatsTaken;
  if (free <= 0) return [];
  const waiting = await tx.registration.findMany({
    where: { sessionId, status: "WAITLISTED" },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    select: { ...registrantFields, seats: true },
  });
  const promoted = pickPromotions(free, waiting);
  if (promoted.length === 0) return [];
  await confirmFromWaitlist(tx, promoted, now);
  await addSeats(
    tx,
    sessionId,
    promoted.reduce((sum, entry) => sum + entry.seats, 0),
  );
  return promoted.map((entry) => entry.id);
}

/**
 * Confirms registrations taken from the waiting list and tells each that they have a place, by the
 * channel that reaches them (the caller holds the session's lock and adds their seats).
 */
export async function confirmFromWaitlist(tx: Tx, entries: readonly Registrant[], now: Date): Promise<void> {
  await tx.registration.updateMany({
    where: { id: { in: entries.map((entry) => entry.id) } },
    data: { status: "CONFIRMED", confirmedAt: now },
  });
  for (const entry of entries) {
    // Keyed by time as well: the same registration may be promoted again after a later move.
    await notifyRegistrant(tx, entry, "registration-promoted", `promoted:${entry.id}:${now.getTime()}`);
  }
}
