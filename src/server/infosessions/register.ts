import "server-only";
import { env } from "@/env";
import { contactKeyOf, type RegistrationInput } from "@/domain/infosessions/registration-input";
import { addressBucket } from "../client-ip";
import { db } from "../db";
import { AppError } from "../errors";
import { consumeRateLimits } from "../rate-limit";
import { bookSeats, type BookedRegistration } from "./book";
import { notifyRegistrant } from "./notify-registrant";
import { isUniqueViolation } from "./prisma-errors";
import { isFormIdempotencyKey } from "./form-key";
import { manageTokenFor } from "./manage-token";
import { waitlistPositionOf, waitlistPositions } from "./waitlist-position";

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
export type RegistrationContext = {
  ip: string;
  now?: Date;
  registeredById?: string;
  /** Only a caller that shows the queue position asks for it (the API does; the form's manage page counts it itself). */
  waitlistPosition?: boolean;
};

/**
 * The one use-case behind the public form and the API. A family or group is one registration with
 * a seat per attendee; with `followUpSessionId` a series-1 and a series-2 session are booked
 * together, both confirmed or both waitlisted. Replaying the same idempotency key returns the
 * first result instead of a second registration (with the manage token only for a key the
 * registration page signed). Limits are counted first, replays included, so keys cannot be tried freely.
 * Two round trips on the way to a seat (the limits, then the booking in one statement: book.ts).
 */
export async function registerForInfosession(
  input: RegistrationInput,
  context: RegistrationContext,
): Promise<RegistrationResult> {
  const now = context.now ?? new Date();
  const contactKey = contactKeyOf(input.contact);
  await consumeRateLimits(
    [
      // IPv6 by /64: one host holds a whole /64.
      {
        scope: "registration:ip",
        subject: addressBucket(context.ip),
        limit: env().RATE_LIMIT_REGISTRATIONS_PER_IP_PER_HOUR,
        windowMs: 3_600_000,
      },
      {
        scope: "registration:contact",
        subject: contactKey,
        limit: env().RATE_LIMIT_REGISTRATIONS_PER_CONTACT_PER_DAY,
        windowMs: 86_400_000,
      },
    ],
    now,
  );
  try {
    const booked = await bookSeats(input, contactKey, now, context.registeredById);
    if (booked) {
      if (context.registeredById) await copyRegistrar(booked, input, context.registeredById);
      const registrations: RegisteredEntry[] = booked;
      if (context.waitlistPosition && booked[0]!.status === "waitlisted") {
        const positions = await waitlistPositions(booked.map((entry) => entry.id));
        for (const entry of registrations) entry.waitlistPosition = positions.get(entry.id);
      }
      return { registrations, replayed: false };
    }
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  // The key was used before, or a double submit that raced this one won on it: answer as the first did.
  const replay = input.idempotencyKey
    ? await findReplay(input.idempotencyKey, input.sessionId, contactKey, context.waitlistPosition)
    : undefined;
  if (replay) return replay;
  throw new AppError("CONFLICT", "alreadyRegistered");
}

const idempotencyKeyFor = (key: string, index: number) => (index === 0 ? key : `${key}:follow-up`);

async function findReplay(
  key: string,
  sessionId: string,
  contactKey: string,
  withPosition = false,
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
      waitlistPosition:
        withPosition && status === "waitlisted" ? await waitlistPositionOf(db(), entry.id) : undefined,
      ...(isFormIdempotencyKey(key) ? { manageToken: manageTokenFor(entry.id) } : {}),
    });
  }
  return { registrations, replayed: true };
}

/**
 * A staff member who booked on someone's behalf gets a copy of the message (the booking statement
 * queued the registrant's own). Same idempotency keys as `notifyRegistrant`, so nothing is queued twice.
 */
async function copyRegistrar(
  booked: readonly BookedRegistration[],
  input: RegistrationInput,
  registeredById: string,
) {
  await db().$transaction(async (tx) => {
    for (const entry of booked)
      await notifyRegistrant(
        tx,
        {
          id: entry.id,
          contactEmail: input.contact.email ?? null,
          contactPhone: input.contact.phone ?? null,
          locale: input.locale,
          registeredById,
        },
        entry.status === "confirmed" ? "registration-confirmed" : "registration-waitlisted",
        `registration:${entry.id}`,
      );
  });
}
