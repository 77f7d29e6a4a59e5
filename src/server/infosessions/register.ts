import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/env";
import { contactKeyOf, type RegistrationInput } from "@/domain/infosessions/registration-input";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { enqueueMail } from "../mail/outbox";
import { consumeRateLimit } from "../rate-limit";
import { orderedIds } from "./ordered-ids";
import { isUniqueViolation } from "./prisma-errors";
import { hashManageToken, manageTokenFor } from "./manage-token";
import { addSeats, lockSessions, type LockedSession } from "./seats";
import { waitlistPositionOf } from "./waitlist-position";

export type RegisteredEntry = {
  id: string;
  sessionId: string;
  status: "confirmed" | "waitlisted" | "cancelled";
  seats: number;
  waitlistPosition?: number;
  manageToken: string;
};
export type RegistrationResult = { registrations: RegisteredEntry[]; replayed: boolean };
export type RegistrationContext = { ip: string; now?: Date; registeredById?: string };

const invalid = (field: string, key: string) => new AppError("INVALID_INPUT", key, { [field]: [key] });

/**
 * The one use-case behind the public form and the API. A family or group is one registration with
 * a seat per attendee; with `followUpSessionId` a series-1 and a series-2 session are booked
 * together, both confirmed or both waitlisted. Replaying the same idempotency key returns the
 * first result instead of a second registration.
 */
export async function registerForInfosession(input: RegistrationInput, context: RegistrationContext): Promise<RegistrationResult> {
  const now = context.now ?? new Date();
  const contactKey = contactKeyOf(input.contact);
  if (input.idempotencyKey) {
    const replay = await findReplay(input.idempotencyKey, input.sessionId, contactKey);
    if (replay) return replay;
  }
  await consumeRateLimit("registration:ip", context.ip, env().RATE_LIMIT_REGISTRATIONS_PER_IP_PER_HOUR, 3_600_000, now);
  await consumeRateLimit("registration:contact", contactKey, env().RATE_LIMIT_REGISTRATIONS_PER_CONTACT_PER_DAY, 86_400_000, now);
  try {
    // Generous waits: in a burst, transactions queue for the session's row lock and for a connection.
    return await db().$transaction((tx) => book(tx, input, contactKey, now, context), { maxWait: 60_000, timeout: 60_000 });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A double submit that raced the first one loses on the idempotency key: answer as the first did.
    const replay = input.idempotencyKey ? await findReplay(input.idempotencyKey, input.sessionId, contactKey) : undefined;
    if (replay) return replay;
    throw new AppError("CONFLICT", "alreadyRegistered");
  }
}

async function book(tx: Tx, input: RegistrationInput, contactKey: string, now: Date, context: RegistrationContext): Promise<RegistrationResult> {
  const sessionIds = input.followUpSessionId ? [input.sessionId, input.followUpSessionId] : [input.sessionId];
  const locked = await lockSessions(tx, sessionIds);
  const main = locked.get(input.sessionId);
  assertBookable(main, now, "sessionId");
  const followUp = input.followUpSessionId ? locked.get(input.followUpSessionId) : undefined;
  if (input.followUpSessionId) assertFollowUp(main!, followUp, now);
  if (input.municipalityNis && !(await tx.municipality.findUnique({ where: { nisCode: input.municipalityNis }, select: { nisCode: true } }))) {
    throw invalid("municipalityNis", "invalid");
  }

  const sessions = followUp ? [main!, followUp] : [main!];
  const seats = input.attendees.length;
  const fits = sessions.every((session) => session.capacity - session.seatsTaken >= seats);
  // Taken under the lock, so the waiting list's order is the order in which bookings were decided.
  const queuedAt = new Date(Math.max(Date.now(), now.getTime()));
  const bookingGroupId = followUp ? randomUUID() : null;
  const entries: RegisteredEntry[] = [];
  for (const [index, session] of sessions.entries()) {
    const id = randomUUID();
    const attendeeIds = orderedIds(input.attendees.length);
    await tx.registration.create({
      data: {
        id,
        sessionId: session.id,
        status: fits ? "CONFIRMED" : "WAITLISTED",
        seats,
        registrantType: input.registrantType,
        contactName: input.contact.name,
        contactEmail: input.contact.email ?? null,
        contactPhone: input.contact.phone ?? null,
        contactKey,
        locale: input.locale,
        municipalityNis: input.municipalityNis ?? null,
        manageTokenHash: hashManageToken(manageTokenFor(id)),
        idempotencyKey: input.idempotencyKey ? idempotencyKeyFor(input.idempotencyKey, index) : null,
        bookingGroupId,
        registeredById: context.registeredById ?? null,
        consentAt: now,
        queuedAt,
        confirmedAt: fits ? now : null,
        attendees: { create: input.attendees.map((attendee, position) => ({ id: attendeeIds[position]!, firstName: attendee.firstName, birthYear: attendee.birthYear })) },
      },
    });
    if (fits) await addSeats(tx, session.id, seats);
    if (input.contact.email) {
      await enqueueMail(tx, {
        idempotencyKey: `registration:${id}`,
        template: fits ? "registration-confirmed" : "registration-waitlisted",
        to: input.contact.email,
        locale: input.locale,
        registrationId: id,
      });
    }
    entries.push({
      id,
      sessionId: session.id,
      status: fits ? "confirmed" : "waitlisted",
      seats,
      waitlistPosition: fits ? undefined : await waitlistPositionOf(tx, id),
      manageToken: manageTokenFor(id),
    });
  }
  return { registrations: entries, replayed: false };
}

function assertBookable(session: LockedSession | undefined, now: Date, field: string): asserts session is LockedSession {
  if (!session) throw invalid(field, "sessionNotFound");
  if (session.status !== "SCHEDULED") throw invalid(field, "sessionCancelled");
  if (session.startsAt.getTime() <= now.getTime()) throw invalid(field, "sessionPast");
}

function assertFollowUp(main: LockedSession, followUp: LockedSession | undefined, now: Date) {
  assertBookable(followUp, now, "followUpSessionId");
  const pairs = main.series === "SERIES_1" && followUp.series === "SERIES_2" && followUp.language === main.language && followUp.startsAt > main.startsAt;
  if (!pairs) throw invalid("followUpSessionId", "followUpInvalid");
}

const idempotencyKeyFor = (key: string, index: number) => (index === 0 ? key : `${key}:follow-up`);

async function findReplay(key: string, sessionId: string, contactKey: string): Promise<RegistrationResult | undefined> {
  const found = await db().registration.findMany({
    where: { idempotencyKey: { in: [key, idempotencyKeyFor(key, 1)] } },
    select: { id: true, sessionId: true, contactKey: true, status: true, seats: true, idempotencyKey: true },
  });
  if (found.length === 0) return undefined;
  const first = found.find((entry) => entry.idempotencyKey === key);
  if (!first || first.sessionId !== sessionId || first.contactKey !== contactKey) throw new AppError("CONFLICT", "idempotencyKeyReused");
  const ordered = [first, ...found.filter((entry) => entry !== first)];
  const registrations: RegisteredEntry[] = [];
  for (const entry of ordered) {
    const status = entry.status === "WAITLISTED" ? "waitlisted" : entry.status === "CANCELLED" ? "cancelled" : "confirmed";
    registrations.push({
      id: entry.id,
      sessionId: entry.sessionId,
      status,
      seats: entry.seats,
      waitlistPosition: status === "waitlisted" ? await waitlistPositionOf(db(), entry.id) : undefined,
      manageToken: manageTokenFor(entry.id),
    });
  }
  return { registrations, replayed: true };
}
