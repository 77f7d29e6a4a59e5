import "server-only";
import type { Locale } from "@/domain/locale";
import { smsNumberOf } from "@/domain/sms/phone-number";
import type { Tx } from "../db";
import { enqueueMail, enqueueSms, type InfosessionMailTemplate } from "../mail/outbox";
import { smsConfigured } from "../sms/transport";

export type Registrant = {
  id: string;
  contactEmail: string | null;
  contactPhone: string | null;
  locale: Locale;
  registeredById?: string | null;
  registrarLocale?: Locale | null;
};

/** The fields `notifyRegistrant` needs, for a Prisma `select`. */
export const registrantFields = {
  id: true,
  contactEmail: true,
  contactPhone: true,
  locale: true,
  registeredById: true,
  registrarLocale: true,
} as const;

/** Reminders are for the family; a staff member who booked is copied on changes only. */
const copiedTemplates: readonly InfosessionMailTemplate[] = [
  "registration-confirmed",
  "registration-waitlisted",
  "registration-promoted",
  "registration-cancelled",
  "registration-moved",
  "session-cancelled",
  "session-moved",
];

/**
 * Queues the message about an event in the caller's transaction, by the one channel that reaches
 * the registrant: e-mail if they gave one, else SMS when a gateway is configured and the number can
 * take one. A staff member who booked for them gets a copy in their own language. Returns the
 * registrant's channel; null means nobody was told: they belong on the call list.
 */
export async function notifyRegistrant(
  tx: Tx,
  registrant: Registrant,
  template: InfosessionMailTemplate,
  idempotencyKey: string,
): Promise<"MAIL" | "SMS" | null> {
  let channel: "MAIL" | "SMS" | null = null;
  const message = { idempotencyKey, template, locale: registrant.locale, registrationId: registrant.id };
  const smsNumber = registrant.contactPhone ? smsNumberOf(registrant.contactPhone) : null;
  if (registrant.contactEmail) {
    await enqueueMail(tx, { ...message, to: registrant.contactEmail });
    channel = "MAIL";
  } else if (smsNumber && smsConfigured()) {
    await enqueueSms(tx, { ...message, to: smsNumber });
    channel = "SMS";
  }
  if (registrant.registeredById && copiedTemplates.includes(template)) {
    const registrar = await tx.user.findUnique({
      where: { id: registrant.registeredById },
      select: { email: true, active: true },
    });
    if (registrar?.active && registrar.email !== registrant.contactEmail)
      await enqueueMail(tx, {
        ...message,
        idempotencyKey: `${idempotencyKey}:registrar`,
        locale: registrant.registrarLocale ?? "nl",
        to: registrar.email,
        copyForRegistrar: true,
      });
  }
  return channel;
}
