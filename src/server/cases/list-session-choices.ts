import "server-only";
import { availabilityOf } from "@/domain/infosessions/availability";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { personScope } from "../auth/scopes";

/**
 * The sessions a caseworker can book a person into, with what the public catalogue shows (places
 * left, or the length of the waiting list: a full session is offered as "waiting list"), and the
 * region of the person's municipality, so the picker can put that region first. Only the
 * municipality's name and region are read from the person: nothing personal is shown.
 */
export async function listSessionChoices(actor: Actor, personId: string, now = new Date()) {
  await authorize(actor, "infosessions.registerPerson", { type: "Infosession" });
  const person = await db().person.findFirst({
    where: { id: personId, ...personScope(actor) },
    select: { municipality: { select: { nameNl: true, region: true } } },
  });
  if (!person) return denyAsNotFound(actor, { type: "Person", id: personId }, { action: "sessionChoices" });
  const sessions = await db().infosession.findMany({
    where: { status: "SCHEDULED", startsAt: { gt: now } },
    select: {
      id: true,
      series: true,
      language: true,
      region: true,
      startsAt: true,
      capacity: true,
      seatsTaken: true,
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 100,
  });
  const waiting = await db().registration.groupBy({
    by: ["sessionId"],
    where: { sessionId: { in: sessions.map((session) => session.id) }, status: "WAITLISTED" },
    _count: { _all: true },
  });
  const waitlistBySession = new Map(waiting.map((row) => [row.sessionId, row._count._all]));
  return {
    municipality: person.municipality,
    sessions: sessions.map((session) => ({
      ...session,
      availability: availabilityOf(session.capacity, session.seatsTaken),
      waitlistLength: waitlistBySession.get(session.id) ?? 0,
    })),
  };
}

export type SessionChoice = Awaited<ReturnType<typeof listSessionChoices>>["sessions"][number];
