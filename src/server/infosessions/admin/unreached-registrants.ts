import "server-only";
import { smsNumberOf } from "@/domain/sms/phone-number";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { recordAudit } from "../../audit";
import { db } from "../../db";

export type UnreachedReason = "noContact" | "noSms" | "smsPending" | "smsFailed" | "mailFailed";

/**
 * The call list of a cancelled session: everyone whose registration was cancelled with it and whom
 * no message reached (no e-mail and no SMS, or the SMS or mail failed or is still on its way), with
 * the phone number to call and the staff member who booked for them. Only the fields the list shows
 * are read, and reading them is audited.
 */
export async function unreachedRegistrants(actor: Actor, sessionId: string) {
  await authorize(actor, "infosessions.manage", { type: "Infosession", id: sessionId });
  const session = await db().infosession.findUnique({
    where: { id: sessionId },
    select: { cancelledAt: true },
  });
  if (!session?.cancelledAt) return [];
  const registrations = await db().registration.findMany({
    where: { sessionId, status: "CANCELLED", cancelledAt: session.cancelledAt },
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
    where: { idempotencyKey: { in: registrations.map((entry) => `session-cancelled:${entry.id}`) } },
    select: { idempotencyKey: true, channel: true, status: true },
  });
  const messageOf = new Map(messages.map((message) => [message.idempotencyKey, message]));
  const unreached = registrations.flatMap(({ contactEmail, ...entry }) => {
    const message = messageOf.get(`session-cancelled:${entry.id}`);
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
        view: "call-list",
        fields: ["contactName", "contactPhone", "seats", "locale", "registeredBy.name"],
        registrationIds: unreached.map((entry) => entry.id),
        personIds: unreached.flatMap((entry) => (entry.personId ? [entry.personId] : [])),
      },
    );
  return unreached.map((entry) => ({
    id: entry.id,
    contactName: entry.contactName,
    contactPhone: entry.contactPhone,
    seats: entry.seats,
    locale: entry.locale,
    registeredBy: entry.registeredBy,
    reason: entry.reason,
  }));
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
