import "server-only";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { recordAudit } from "../../audit";
import { db } from "../../db";
import { AppError } from "../../errors";
import { registrantFields } from "../notify-registrant";
import { addSeats, confirmFromWaitlist, lockSessions } from "../seats";

/**
 * An administrator gives one registration on the waiting list a place: the session's capacity grows
 * by what it takes to seat this registration (an online session can take a few more), the
 * registration is confirmed and told, as when the list moves up by itself. Others ahead in the queue
 * keep their places in it; the administrator chose this one (a family that must come together, a
 * person referred by a caseworker).
 */
export async function giveWaitlistPlace(
  actor: Actor,
  registrationId: string,
  now = new Date(),
): Promise<{ sessionId: string; capacityAdded: number }> {
  await authorize(actor, "infosessions.manage", { type: "Registration", id: registrationId });
  if (!/^[0-9a-f-]{36}$/i.test(registrationId)) throw new AppError("NOT_FOUND");
  return db().$transaction(async (tx) => {
    const registration = await tx.registration.findUnique({
      where: { id: registrationId },
      select: { ...registrantFields, sessionId: true, status: true, seats: true },
    });
    if (!registration) throw new AppError("NOT_FOUND");
    const session = (await lockSessions(tx, [registration.sessionId])).get(registration.sessionId);
    if (!session) throw new AppError("NOT_FOUND");
    if (session.status !== "SCHEDULED") throw new AppError("GONE", "sessionCancelled");
    // Read again under the session's lock: the list may have moved up since.
    const current = await tx.registration.findUniqueOrThrow({
      where: { id: registrationId },
      select: { status: true },
    });
    if (current.status !== "WAITLISTED") throw new AppError("CONFLICT", "notWaitlisted");
    const capacityAdded = Math.max(0, session.seatsTaken + registration.seats - session.capacity);
    if (capacityAdded > 0)
      await tx.infosession.update({
        where: { id: session.id },
        data: { capacity: { increment: capacityAdded }, version: { increment: 1 } },
      });
    await confirmFromWaitlist(tx, [registration], now);
    await addSeats(tx, session.id, registration.seats);
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Registration", id: registration.id },
      { change: "givenPlace", sessionId: session.id, seats: registration.seats, capacityAdded },
    );
    return { sessionId: session.id, capacityAdded };
  });
}
