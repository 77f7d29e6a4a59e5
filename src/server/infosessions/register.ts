import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/env";
import { contactKeyOf, type RegistrationInput } from "@/domain/infosessions/registration-input";
import { addressBucket } from "../client-ip";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { consumeRateLimit } from "../rate-limit";
import { orderedIds } from "./ordered-ids";
import { isUniqueViolation } from "./prisma-errors";
import { isFormIdempotencyKey } from "./form-key";
import { notifyRegistrant } from "./notify-registrant";
import { hashManageToken, manageTokenFor } from "./manage-token";
import { addSeats, lockSessions, type LockedSession } from "./seats";
import { waitlistPositionOf } from "./waitlist-position";

export type RegisteredEntry = {
  id: string;
  sessionId: string;
  status: "confirmed" | "waitlisted" | "cancelled";
  seats: number;
  waitlistPosition?: number;
  /** Absent on a replay with a key the page did not sign: a replay must not hand a link to someone else. */
  manageToken?: string;
};
export type RegistrationResult = { registrations: RegisteredEntry[]; replayed: boolean };
export type RegistrationContext = { ip: string; now?: Date; registeredById?: string };

const invalid = (field: string, key: string) => new AppError("INVALID_INPUT", key, { [field]: [key] });

/**
 * The one use-case behind the public form and the API. A family or group is one registration with
 * a seat per attendee; with `followUpSessionId` a series-1 and a series-2 session are booked
 * together, both confirmed or both waitlisted. Replaying the same idempotency key returns the
 * first result instead of a second registration (with the manage token only for a key the
 * registration page signed). Limits are counted first, replays included, so keys cannot be tried freely.
 */
export async function registerForInfosession(
  input: RegistrationInput,
  context: RegistrationContext,
): Promise<RegistrationResult> {
  const now = context.now ?? new Date();
  const contactKey = contactKeyOf(input.contact);
  // IPv6 by /64: one host holds a whole /64.
  await consumeRateLimit(
    "registration:ip",
    addressBucket(context.ip),
    env().RATE_LIMIT_REGISTRATIONS_PER_IP_PER_HOUR,
    3_600_000,
    now,
  );
  await consumeRateLimit(
    "registration:contact",
    contactKey,
    env().RATE_LIMIT_REGISTRATIONS_PER_CONTACT_PER_DAY,
    86_400_000,
    now,
  );
  if (input.idempotencyKey) {
    const replay = await findReplay(input.idempotencyKey, input.sessionId, contactKey);
    if (replay) return replay;
  }
  try {
    // Generous waits: in a burst, transactions queue for the session's row lock and for a connection.
    const result = await db().$transaction((tx) => book(tx, input, contactKey, now, context), {
      maxWait: 60_000,
      timeout: 60_000,
    });
    for (const entry of result.registrations) {
      if (entry.status === "waitlisted") entry.waitlistPosition = await waitlistPositionOf(db(), entry.id);
    }
    return result;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A double submit that raced the first one loses on the idempotency key: answer as the first did.
    const replay = input.idempotencyKey
      ? await findReplay(input.idempotencyKey, input.sessionId, contactKey)
      : undefined;
    if (replay) return replay;
    throw new AppError("CONFLICT", "alreadyRegistered");
  }
}

/**
 * Everything that does not depend on the seat count (validation, the registration and its
 * attendees) is written before the session's row is locked, so the lock is held only for the
 * decision, the outbox row and the commit: bookings for one session queue on that lock.
 */
async function book(
  tx: Tx,
  input: RegistrationInput,
  contactKey: string,
  now: Date,
  context: RegistrationContext,
): Promise<RegistrationResult> {
  const sessionIds = input.followUpSessionId ? [input.sessionId, input.followUpSessionId] : [input.sessionId];
  const found = await readSessions(tx, sessionIds);
  const validate = (sessions: Map<string, LockedSession>) => {
    const main = sessions.get(input.sessionId);
    assertBookable(main, now, "sessionId");
    const followUp = input.followUpSessionId ? sessions.get(input.followUpSessionId) : undefined;
    if (input.followUpSessionId) assertFollowUp(main, followUp, now);
    return followUp ? [main, followUp] : [main];
  };
  const sessions = validate(found);
  if (
    input.municipalityNis &&
    !(await tx.municipality.findUnique({
      where: { nisCode: input.municipalityNis },
      select: { nisCode: true },
    }))
  ) {
    throw invalid("municipalityNis", "invalid");
  }

  const seats = input.attendees.length;
  const bookingGroupId = sessions.length > 1 ? randomUUID() : null;
  const ids: string[] = [];
  for (const [index, session] of sessions.entries()) {
    const id = randomUUID();
    const attendeeIds = orderedIds(seats);
    ids.push(id);
    // Written as waiting first; the decision below confirms it under the session's lock.
    await tx.registration.create({
      data: {
        id,
        sessionId: session.id,
        status: "WAITLISTED",
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
        attendees: {
          create: input.attendees.map((attendee, position) => ({
            id: attendeeIds[position]!,
            firstName: attendee.firstName,
            birthYear: attendee.birthYear,
          })),
        },
      },
      select: { id: true },
    });
  }

  // Fast path for one session: a conditional update takes a seat and the row lock in one statement.
  let fits = sessions.length === 1 && (await confirmIfSeats(tx, sessions[0]!.id, ids[0]!, seats, now));
  if (!fits) {
    // Full, or two sessions: lock them (in id order) and decide for all at once.
    const locked = await lockSessions(tx, sessionIds);
    const current = validate(locked);
    fits = current.every((session) => session.capacity - session.seatsTaken >= seats);
    for (const [index, session] of current.entries()) {
      if (fits) await addSeats(tx, session.id, seats);
      // The queue position is stamped under the lock: first decided, first served.
      await tx.$executeRaw`UPDATE "Registration" SET "status" = ${fits ? "CONFIRMED" : "WAITLISTED"}::"RegistrationStatus", "confirmedAt" = ${fits ? now : null}, "queuedAt" = clock_timestamp() WHERE "id" = ${ids[index]!}::uuid`;
    }
  }
  for (const id of ids) {
    await notifyRegistrant(
      tx,
      {
        id,
        contactEmail: input.contact.email ?? null,
        contactPhone: input.contact.phone ?? null,
        locale: input.locale,
        registeredById: context.registeredById,
      },
      fits ? "registration-confirmed" : "registration-waitlisted",
      `registration:${id}`,
    );
  }
  const registrations = ids.map((id, index): RegisteredEntry => ({
    id,
    sessionId: sessions[index]!.id,
    status: fits ? "confirmed" : "waitlisted",
    seats,
    manageToken: manageTokenFor(id),
  }));
  return { registrations, replayed: false };
}

async function readSessions(tx: Tx, ids: readonly string[]): Promise<Map<string, LockedSession>> {
  const rows = await tx.infosession.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      series: true,
      language: true,
      status: true,
      startsAt: true,
      capacity: true,
      seatsTaken: true,
    },
  });
  return new Map(rows.map((row) => [row.id, row]));
}

/** Takes the seats and confirms the registration in one statement, if the session has room. */
async function confirmIfSeats(
  tx: Tx,
  sessionId: string,
  registrationId: string,
  seats: number,
  now: Date,
): Promise<boolean> {
  const confirmed = await tx.$executeRaw`
    WITH seat AS (
      UPDATE "Infosession" SET "seatsTaken" = "seatsTaken" + ${seats}
      WHERE "id" = ${sessionId}::uuid AND "status" = 'SCHEDULED' AND "startsAt" > ${now} AND "seatsTaken" + ${seats} <= "capacity"
      RETURNING "id")
    UPDATE "Registration" SET "status" = 'CONFIRMED', "confirmedAt" = ${now}, "queuedAt" = clock_timestamp()
    WHERE "id" = ${registrationId}::uuid AND EXISTS (SELECT 1 FROM seat)`;
  return confirmed === 1;
}

function assertBookable(
  session: LockedSession | undefined,
  now: Date,
  field: string,
): asserts session is LockedSession {
  if (!session) throw invalid(field, "sessionNotFound");
  if (session.status !== "SCHEDULED") throw invalid(field, "sessionCancelled");
  if (session.startsAt.getTime() <= now.getTime()) throw invalid(field, "sessionPast");
}

function assertFollowUp(
  main: LockedSession,
  followUp: LockedSession | undefined,
  now: Date,
): asserts followUp is LockedSession {
  assertBookable(followUp, now, "followUpSessionId");
  const pairs =
    main.series === "SERIES_1" &&
    followUp.series === "SERIES_2" &&
    followUp.language === main.language &&
    followUp.startsAt > main.startsAt;
  if (!pairs) throw invalid("followUpSessionId", "followUpInvalid");
}

const idempotencyKeyFor = (key: string, index: number) => (index === 0 ? key : `${key}:follow-up`);

async function findReplay(
  key: string,
  sessionId: string,
  contactKey: string,
): Promise<RegistrationResult | undefined> {
  const found = await db().registration.findMany({
    where: { idempotencyKey: { in: [key, idempotencyKeyFor(key, 1)] } },
    select: { id: true, sessionId: true, contactKey: true, status: true, seats: true, idempotencyKey: true },
  });
  if (found.length === 0) return undefined;
  const first = found.find((entry) => entry.idempotencyKey === key);
  if (!first || first.sessionId !== sessionId || first.contactKey !== contactKey)
    throw new AppError("CONFLICT", "idempotencyKeyReused");
  const ordered = [first, ...found.filter((entry) => entry !== first)];
  const registrations: RegisteredEntry[] = [];
  for (const entry of ordered) {
    const status =
      entry.status === "WAITLISTED" ? "waitlisted" : entry.status === "CANCELLED" ? "cancelled" : "confirmed";
    registrations.push({
      id: entry.id,
      sessionId: entry.sessionId,
      status,
      seats: entry.seats,
      waitlistPosition: status === "waitlisted" ? await waitlistPositionOf(db(), entry.id) : undefined,
      ...(isFormIdempotencyKey(key) ? { manageToken: manageTokenFor(entry.id) } : {}),
    });
  }
  return { registrations, replayed: true };
}
