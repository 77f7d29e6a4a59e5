import "server-only";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { listUpcomingSessions } from "../infosessions/catalogue";
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
  // The catalogue's own list (places left, waiting list length): a caseworker sees what the public sees.
  return { municipality: person.municipality, sessions: await listUpcomingSessions({}, now, 100) };
}

export type SessionChoice = Awaited<ReturnType<typeof listSessionChoices>>["sessions"][number];
