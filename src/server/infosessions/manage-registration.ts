import "server-only";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { notifyRegistrant, registrantFields, type Registrant } from "./notify-registrant";
import { isUniqueViolation } from "./prisma-errors";
import { hashManageToken, isManageTokenShape } from "./manage-token";
import { addSeats, lockSessions, promoteWaitlist } from "./seats";

type Active = Registrant & { sessionId: string; status: string; seats: number };

async function registrationIdByToken(client: Tx, token: string): Promise<{ id: string; sessionId: string }> {
  if (!isManageTokenShape(token)) throw new AppError("NOT_FOUND");
  const found = await client.registration.findUnique({
    where: { manageTokenHash: hashManageToken(token) },
    select: { id: true, sessionId: true },
  });
  if (!found) throw new AppError("NOT_FOUND");
  return found;
}

/** Re-reads the registration once its session is locked: every status change happens under that lock. */
async function reread(tx: Tx, id: string): Promise<Active> {
  return tx.registration.findUniqueOrThrow({
    where: { id },
    select: { ...registrantFields, sessionId: true, status: true, seats: true },
  });
}

/**
 * Cancels through the private manage link. Cancelling twice is not an error. Freed seats go to the
 * waiting list at once, in the same transaction.
 */
export async function cancelRegistrationByToken(
  token: string,
  now: Date = new Date(),
): Promise<{ id: string; status: "cancelled" }> {
  return db().$transaction(
    async (tx) => {
      const { id, sessionId } = await registrationIdByToken(tx, token);
      const sessions = await lockSessions(tx, [sessionId]);
      const registration = await reread(tx, id);
      if (registration.status === "CANCELLED") return { id, status: "cancelled" as const };
      if (registration.status !== "CONFIRMED" && registration.status !== "WAITLISTED")
        throw new AppError("GONE", "sessionPast");
      if ((sessions.get(registration.sessionId)?.startsAt.getTime() ?? 0) <= now.getTime())
        throw new AppError("GONE", "sessionPast");
      await tx.registration.update({ where: { id }, data: { status: "CANCELLED", cancelledAt: now } });
      if (registration.status === "CONFIRMED") {
        await addSeats(tx, registration.sessionId, -registration.seats);
        await promoteWaitlist(tx, registration.sessionId, now);
      }
      await notifyRegistrant(tx, registration, "registration-cancelled", `cancelled:${id}`);
      return { id, status: "cancelled" as const };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

/**
 * Cancels one person of a group registration through the manage link: the others keep their places,
 * the freed seat goes to the waiting list at once. The last person left is cancelled with the whole
 * registration instead (`lastAttendee`), so a registration never has nobody on it.
 */
export async function cancelAttendeeByToken(
  token: string,
  attendeeId: string,
  now: Date = new Date(),
): Promise<{ id: string; seats: number }> {
  return db().$transaction(
    async (tx) => {
      const { id, sessionId } = await registrationIdByToken(tx, token);
      const sessions = await lockSessions(tx, [sessionId]);
      const registration = await reread(tx, id);
      if (registration.status !== "CONFIRMED" && registration.status !== "WAITLISTED")
        throw new AppError("GONE", "notActive");
      if ((sessions.get(registration.sessionId)?.startsAt.getTime() ?? 0) <= now.getTime())
        throw new AppError("GONE", "sessionPast");
      if (registration.seats <= 1) throw new AppError("INVALID_INPUT", "lastAttendee");
      const removed = await tx.attendee.deleteMany({ where: { id: attendeeId, registrationId: id } });
      if (removed.count === 0) throw new AppError("NOT_FOUND", "registrationNotFound");
      await tx.registration.update({ where: { id }, data: { seats: { decrement: 1 } } });
      if (registration.status === "CONFIRMED") {
        await addSeats(tx, registration.sessionId, -1);
        await promoteWaitlist(tx, registration.sessionId, now);
      }
      return { id, seats: registration.seats - 1 };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

/**
 * Moves a registration to another upcoming session of the same series. The manage link stays the
 * same; the registration joins the new session's waiting list if it does not fit there.
 */
export async function moveRegistrationByToken(
  token: string,
  targetSessionId: string,
  now: Date = new Date(),
): Promise<{ id: string; status: "confirmed" | "waitlisted" }> {
  try {
    return await db().$transaction(
      async (tx) => {
        const { id, sessionId } = await registrationIdByToken(tx, token);
        if (targetSessionId === sessionId)
          throw new AppError("INVALID_INPUT", "sameSession", { targetSessionId: ["sameSession"] });
        const sessions = await lockSessions(tx, [sessionId, targetSessionId]);
        const registration = await reread(tx, id);
        const current = sessions.get(registration.sessionId);
        const target = sessions.get(targetSessionId);
        if (registration.status !== "CONFIRMED" && registration.status !== "WAITLISTED")
          throw new AppError("GONE", "notActive");
        if (!current || current.startsAt.getTime() <= now.getTime())
          throw new AppError("GONE", "sessionPast");
        if (
          !target ||
          target.status !== "SCHEDULED" ||
          target.startsAt.getTime() <= now.getTime() ||
          target.series !== current.series
        ) {
          throw new AppError("INVALID_INPUT", "sessionNotFound", { targetSessionId: ["sessionNotFound"] });
        }
        const fits = target.capacity - target.seatsTaken >= registration.seats;
        await tx.registration.update({
          where: { id },
          data: {
            sessionId: target.id,
            status: fits ? "CONFIRMED" : "WAITLISTED",
            queuedAt: new Date(),
            confirmedAt: fits ? now : null,
            reminderSentAt: null,
          },
        });
        if (fits) await addSeats(tx, target.id, registration.seats);
        if (registration.status === "CONFIRMED") {
          await addSeats(tx, current.id, -registration.seats);
          await promoteWaitlist(tx, current.id, now);
        }
        await notifyRegistrant(tx, registration, "registration-moved", `moved:${id}:${now.getTime()}`);
        return { id, status: fits ? ("confirmed" as const) : ("waitlisted" as const) };
      },
      { maxWait: 30_000, timeout: 30_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "alreadyRegistered", { targetSessionId: ["alreadyRegistered"] });
    throw error;
  }
}
