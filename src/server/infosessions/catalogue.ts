import "server-only";
import { availabilityOf } from "@/domain/infosessions/availability";
import type { CatalogueFilter } from "@/domain/infosessions/catalogue-filter";
import { brusselsDayStart } from "@/domain/time/brussels";
import { db } from "../db";

/**
 * Upcoming, scheduled sessions for the public catalogue and API, with places left and the length
 * of the waiting list. Never the meeting link: that is for confirmed registrants only.
 * `seriesFirst` lists all of series 1 before series 2 (then by date): the catalogue's order, since a
 * newcomer starts with session 1 and a session 2 on an earlier date would otherwise come first.
 */
export async function listUpcomingSessions(
  filter: CatalogueFilter,
  now: Date = new Date(),
  limit = 200,
  offset = 0,
  order: "byDate" | "seriesFirst" = "byDate",
) {
  const from = filter.from ? brusselsDayStart(filter.from) : now;
  const sessions = await db().infosession.findMany({
    where: {
      status: "SCHEDULED",
      startsAt: { gt: from > now ? from : now },
      ...(filter.series ? { series: filter.series } : {}),
      ...(filter.language ? { language: filter.language } : {}),
      ...(filter.region ? { region: filter.region } : {}),
    },
    orderBy: [
      ...(order === "seriesFirst" ? [{ series: "asc" as const }] : []),
      { startsAt: "asc" },
      { id: "asc" },
    ],
    take: limit,
    skip: offset,
    select: {
      id: true,
      series: true,
      language: true,
      region: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      seatsTaken: true,
      status: true,
    },
  });
  const waiting = await db().registration.groupBy({
    by: ["sessionId"],
    where: { sessionId: { in: sessions.map((session) => session.id) }, status: "WAITLISTED" },
    _count: { _all: true },
  });
  const waitlistBySession = new Map(waiting.map((row) => [row.sessionId, row._count._all]));
  return sessions.map((session) => {
    const waitlistLength = waitlistBySession.get(session.id) ?? 0;
    return { ...session, waitlistLength, availability: availabilityOf(session.capacity, session.seatsTaken) };
  });
}

export type CatalogueSession = Awaited<ReturnType<typeof listUpcomingSessions>>[number];

export const isSessionIdShape = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

/** The one session that can still be registered for: scheduled and not yet begun. */
export const upcomingSessionWhere = (id: string, now: Date) =>
  ({ id, status: "SCHEDULED", startsAt: { gt: now } }) as const;

export async function findUpcomingSession(
  id: string,
  now: Date = new Date(),
): Promise<CatalogueSession | undefined> {
  if (!isSessionIdShape(id)) return undefined;
  const session = await db().infosession.findFirst({
    where: upcomingSessionWhere(id, now),
    select: {
      id: true,
      series: true,
      language: true,
      region: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      seatsTaken: true,
      status: true,
    },
  });
  if (!session) return undefined;
  const waitlistLength = await db().registration.count({ where: { sessionId: id, status: "WAITLISTED" } });
  return { ...session, waitlistLength, availability: availabilityOf(session.capacity, session.seatsTaken) };
}
