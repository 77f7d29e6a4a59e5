import "server-only";
import { randomUUID } from "node:crypto";
import type { RegistrationInput } from "@/domain/infosessions/registration-input";
import { smsNumberOf } from "@/domain/sms/phone-number";
import { sql, utcTimestamp } from "../db";
import { AppError, type ErrorReason } from "../errors";
import { hashManageToken, manageTokenFor } from "./manage-token";
import { smsConfigured } from "../sms/transport";
import { orderedIds } from "./ordered-ids";

export type BookedRegistration = {
  id: string;
  sessionId: string;
  status: "confirmed" | "waitlisted";
  seats: number;
  manageToken: string;
};

/**
 * The whole booking as ONE statement, so the sessions' row locks live only as long as that statement
 * (no transaction waits on the application between round trips): lock the session rows (in id order,
 * so two bookings of a pair cannot deadlock; NO KEY UPDATE, which the registrations' foreign keys do
 * not wait for), check them, take the seats if every session has room, write the registrations
 * (confirmed, or waitlisted stamped with the time of the decision: first decided, first served),
 * their attendees and the message to the registrant (an e-mail, or without one an SMS when a gateway
 * is configured: `notifyRegistrant`'s rule). Nothing is written when the key was used before or a check fails.
 * Prepared once per connection: neither Prisma's query compiler nor PostgreSQL's parser runs per booking.
 */
const bookingStatement = `
  -- booking (src/server/infosessions/book.ts)
  WITH wanted AS (
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])
      WITH ORDINALITY AS w(session_id, registration_id, manage_token_hash, idempotency_key, position)
  ), replayed AS MATERIALIZED (
    SELECT 1 FROM "Registration" WHERE "idempotencyKey" = ANY($4::text[]) LIMIT 1
  ), locked AS MATERIALIZED (
    SELECT "id", "series", "language", "status", "startsAt", "capacity", "seatsTaken"
    FROM "Infosession" WHERE "id" = ANY($1::uuid[]) ORDER BY "id" FOR NO KEY UPDATE
  ), checked AS MATERIALIZED (
    SELECT w.position, l."id" IS NOT NULL AS found, l."status" = 'SCHEDULED' AS scheduled,
      l."startsAt" > $6::timestamp(3) AS upcoming, l."capacity" - l."seatsTaken" >= $5::int AS has_room,
      l."series", l."language", l."startsAt"
    FROM wanted w LEFT JOIN locked l ON l."id" = w.session_id
  ), decision AS MATERIALIZED (
    SELECT NOT EXISTS (SELECT 1 FROM replayed) AS fresh,
      COALESCE(bool_and(found AND scheduled AND upcoming), false) AS bookable,
      count(*) = 1 OR EXISTS (
        SELECT 1 FROM checked main JOIN checked follow ON main.position = 1 AND follow.position = 2
        WHERE main."series" = 'SERIES_1' AND follow."series" = 'SERIES_2'
          AND follow."language" = main."language" AND follow."startsAt" > main."startsAt") AS paired,
      $7::text IS NULL OR EXISTS (SELECT 1 FROM "Municipality" WHERE "nisCode" = $7::text) AS municipality_known,
      COALESCE(bool_and(has_room), false) AS fits
    FROM checked
  ), accepted AS MATERIALIZED (
    SELECT fits FROM decision WHERE fresh AND bookable AND paired AND municipality_known
  ), seat AS (
    UPDATE "Infosession" s SET "seatsTaken" = s."seatsTaken" + $5::int
    FROM accepted a WHERE s."id" = ANY($1::uuid[]) AND a.fits
    RETURNING s."id"
  ), registered AS (
    INSERT INTO "Registration" ("id", "sessionId", "status", "seats", "registrantType", "contactName",
      "contactEmail", "contactPhone", "contactKey", "locale", "municipalityNis", "manageTokenHash",
      "idempotencyKey", "bookingGroupId", "registeredById", "consentAt", "queuedAt", "confirmedAt",
      "createdAt", "updatedAt")
    SELECT w.registration_id, w.session_id,
      (CASE WHEN a.fits THEN 'CONFIRMED' ELSE 'WAITLISTED' END)::"RegistrationStatus", $5::int,
      $8::"RegistrantType", $9::text, $10::text, $11::text, $12::text, $13::"Locale", $7::text,
      w.manage_token_hash, w.idempotency_key, $14::uuid, $15::text, $6::timestamp(3),
      clock_timestamp() AT TIME ZONE 'UTC', CASE WHEN a.fits THEN $6::timestamp(3) END,
      $6::timestamp(3), $6::timestamp(3)
    FROM wanted w CROSS JOIN accepted a
    ORDER BY w.position
    RETURNING "id", "status"
  ), attendees AS (
    INSERT INTO "Attendee" ("id", "registrationId", "firstName", "birthYear")
    SELECT a.id, r."id", a.first_name, a.birth_year
    FROM unnest($16::uuid[], $17::text[], $18::int[], $19::int[]) AS a(id, first_name, birth_year, position)
    JOIN wanted w ON w.position = a.position JOIN registered r ON r."id" = w.registration_id
  ), mails AS (
    INSERT INTO "OutboxMessage" ("id", "idempotencyKey", "channel", "template", "toAddress", "locale",
      "payload", "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid(), 'registration:' || r."id",
      (CASE WHEN $10::text IS NOT NULL THEN 'MAIL' ELSE 'SMS' END)::"OutboxChannel",
      CASE WHEN r."status" = 'CONFIRMED' THEN 'registration-confirmed' ELSE 'registration-waitlisted' END,
      COALESCE($10::text, $20::text), $13::"Locale", jsonb_build_object('registrationId', r."id"),
      $6::timestamp(3), $6::timestamp(3)
    FROM registered r WHERE COALESCE($10::text, $20::text) IS NOT NULL
    ON CONFLICT ("idempotencyKey") DO NOTHING
  )
  SELECT d.fresh, d.paired, d.municipality_known, d.fits,
    (SELECT json_agg(json_build_object('found', c.found, 'scheduled', c.scheduled, 'upcoming', c.upcoming)
       ORDER BY c.position) FROM checked c) AS sessions
  FROM decision d`;

type Decision = {
  fresh: boolean;
  paired: boolean;
  municipality_known: boolean;
  fits: boolean;
  sessions: { found: boolean; scheduled: boolean | null; upcoming: boolean | null }[];
};

/**
 * Books the input's session (with `followUpSessionId`, a series-1 and a series-2 session together:
 * both confirmed or both waitlisted). Returns undefined when the idempotency key was used before (the
 * caller answers with the first result); a unique constraint (a double submit racing this one, or the
 * contact's other active registration) fails as SQLSTATE 23505 with nothing written.
 */
export async function bookSeats(
  input: RegistrationInput,
  contactKey: string,
  now: Date,
  registeredById?: string,
): Promise<BookedRegistration[] | undefined> {
  const sessionIds = input.followUpSessionId ? [input.sessionId, input.followUpSessionId] : [input.sessionId];
  const ids = sessionIds.map(() => randomUUID());
  const seats = input.attendees.length;
  const attendeeIds = ids.flatMap(() => orderedIds(seats));
  const { rows } = await sql().query<Decision>({
    name: "book-seats",
    text: bookingStatement,
    values: [
      sessionIds,
      ids,
      ids.map((id) => hashManageToken(manageTokenFor(id))),
      ids.map((_, index) =>
        input.idempotencyKey
          ? index === 0
            ? input.idempotencyKey
            : `${input.idempotencyKey}:follow-up`
          : null,
      ),
      seats,
      utcTimestamp(now),
      input.municipalityNis ?? null,
      input.registrantType,
      input.contact.name,
      input.contact.email ?? null,
      input.contact.phone ?? null,
      contactKey,
      input.locale,
      ids.length > 1 ? randomUUID() : null,
      registeredById ?? null,
      attendeeIds,
      ids.flatMap(() => input.attendees.map((attendee) => attendee.firstName)),
      ids.flatMap(() => input.attendees.map((attendee) => attendee.birthYear)),
      ids.flatMap((_, index) => input.attendees.map(() => index + 1)),
      !input.contact.email && input.contact.phone && smsConfigured()
        ? smsNumberOf(input.contact.phone)
        : null,
    ],
  });
  const decision = rows[0]!;
  if (!decision.fresh) return undefined;
  assertBookable(decision.sessions[0], "sessionId");
  if (input.followUpSessionId) {
    assertBookable(decision.sessions[1], "followUpSessionId");
    if (!decision.paired) throw invalid("followUpSessionId", "followUpInvalid");
  }
  if (!decision.municipality_known) throw invalid("municipalityNis", "invalid");
  return ids.map((id, index) => ({
    id,
    sessionId: sessionIds[index]!,
    status: decision.fits ? "confirmed" : "waitlisted",
    seats,
    manageToken: manageTokenFor(id),
  }));
}

const invalid = (field: string, reason: ErrorReason) =>
  new AppError("INVALID_INPUT", reason, { [field]: [reason] });

function assertBookable(session: Decision["sessions"][number] | undefined, field: string): void {
  if (!session?.found) throw invalid(field, "sessionNotFound");
  if (!session.scheduled) throw invalid(field, "sessionCancelled");
  if (!session.upcoming) throw invalid(field, "sessionPast");
}
