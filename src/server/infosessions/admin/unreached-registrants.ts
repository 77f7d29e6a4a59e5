import "server-only";
import { smsNumberOf } from "@/domain/sms/phone-number";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { recordAudit } from "../../audit";
import { db } from "../../db";

export type UnreachedReason = "noContact" | "noSms" | "smsPending" | "smsFailed" | "mailFailed";

/**
 * The call list of a cancelled session (everyone whose registration was cancelled with it), or of a
 * session whose date or time was last changed (everyone registered at that moment), of those no
 * message reached (no e-mail and no SMS, or the SMS or mail failed or is still on its way), with
 * the phone number to call and the staff member who booked for them. Only the fields the list shows
 * are read, and reading them is audited.
 */
export async function unreachedRegistrants(actor: Actor, sessionId: string) {
  await authorize(actor, "infosessions.manage", { type: "Infosession", id: sessionId });
  const session = await db().infosession.findUnique({
    where: { id: sessionId },
    select: { status: true, cancelledAt: true, movedAt: true },
  });
  const cancelledAt = session?.status === "CANCELLED" ? session.cancelledAt : null;
  const movedAt = cancelledAt ? null : (session?.movedAt ?? null);
  if (!cancelledAt && !movedAt) return { kind: null, registrants: [] };
  const keyOf = (id: string) =>
    cancelledAt ? `session-cancelled:${id}` : `session-moved:${id}:${movedAt!.getTime()}`;
  const registrations = await db().registration.findMany({
    where: cancelledAt
      ? { sessionId, status: "CANCELLED", cancelledAt }
      : // Who was registered when it moved; later bookings saw the new time when they booked.
        { sessionId, status: { in: ["CONFIRMED", "WAITLISTED"] }, queuedAt: { lte: movedAt! } },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      seats: true,
      locale: true,
      personId: true,
      registeredBy: { select: { name: true } },
    },
  });
  const messages = await db().outboxMessage.findMany({
    where: { idempotencyKey: { in: registrations.map((entry) => keyOf(entry.id)) } },
    select: { idempotencyKey: true, channel: true, status: true },
  });
  const messageOf = new Map(messages.map((message) => [message.idempotencyKey, message]));
  const unreached = registrations.flatMap(({ contactEmail, ...entry }) => {
    const message = messageOf.get(keyOf(entry.id));
    const reason = reasonOf(message, contactEmail, entry.contactPhone);
    return reason ? [{ ...entry, reason }] : [];
  });
  if (unreached.length > 0)
    await recordAudit(
      db(),
      actor,
      "READ",
      { type: "Infosession", id: sessionId },
      {
        view: cancelledAt ? "call-list" : "call-list-moved",
        fields: ["contactName", "contactPhone", "seats", "locale", "registeredBy.name"],
        registrationIds: unreached.map((entry) => entry.id),
        personIds: unreached.flatMap((entry) => (entry.personId ? [entry.personId] : [])),
      },
    );
  const registrants = unreached.map((entry) => ({
    id: entry.id,
    contactName: entry.contactName,
    contactPhone: entry.contactPhone,
    seats: entry.seats,
    locale: entry.locale,
    registeredBy: entry.registeredBy,
    reason: entry.reason,
  }));
  return { kind: cancelledAt ? ("cancelled" as const) : ("moved" as const), registrants };
}

function reasonOf(
  message: { channel: "MAIL" | "SMS"; status: "PENDING" | "SENT" | "DEAD" } | undefined,
  email: string | null,
  phone: string | null,
): UnreachedReason | null {
  if (message?.channel === "MAIL") return message.status === "DEAD" ? "mailFailed" : null;
  if (message?.channel === "SMS")
    return message.status === "SENT" ? null : message.status === "DEAD" ? "smsFailed" : "smsPending";
  // Mail rows are pruned after a while; an address means a mail was queued.
  if (email) return null;
  return phone && smsNumberOf(phone) ? "noSms" : "noContact";
}
