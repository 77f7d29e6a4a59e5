import "server-only";
import type { Locale } from "@/domain/locale";
import type { Tx } from "../db";

export const infosessionMailTemplates = [
  "registration-confirmed",
  "registration-waitlisted",
  "registration-promoted",
  "registration-cancelled",
  "registration-moved",
  "session-cancelled",
  "session-moved",
  "session-reminder",
] as const;
export type InfosessionMailTemplate = (typeof infosessionMailTemplates)[number];

export type OutboxMail = {
  /** One message per event, e.g. `confirmation:<registrationId>`: writing it twice adds nothing. */
  idempotencyKey: string;
  template: InfosessionMailTemplate;
  to: string;
  locale: Locale;
  registrationId: string;
  /** A copy for the staff member who booked for the registrant, in the staff member's language. */
  copyForRegistrar?: boolean;
};

/**
 * Queues a mail in the caller's transaction, so it exists exactly when the event it reports was
 * committed. The worker renders it at send time from the registration (no token or text stored).
 */
export async function enqueueMail(tx: Tx, mail: OutboxMail): Promise<void> {
  await tx.outboxMessage.createMany({
    data: [
      {
        idempotencyKey: mail.idempotencyKey,
        template: mail.template,
        toAddress: mail.to,
        locale: mail.locale,
        payload: {
          registrationId: mail.registrationId,
          ...(mail.copyForRegistrar ? { copyForRegistrar: true } : {}),
        },
      },
    ],
    skipDuplicates: true,
  });
}

/**
 * Queues an SMS about a registration, like `enqueueMail` (same table, channel SMS, its own sender):
 * only the registration id is stored; the text and the manage link are made when it is sent.
 */
export async function enqueueSms(
  tx: Tx,
  sms: {
    idempotencyKey: string;
    template: InfosessionMailTemplate;
    to: string;
    locale: Locale;
    registrationId: string;
  },
): Promise<void> {
  await tx.outboxMessage.createMany({
    data: [
      {
        idempotencyKey: sms.idempotencyKey,
        channel: "SMS",
        template: sms.template,
        toAddress: sms.to,
        locale: sms.locale,
        payload: { registrationId: sms.registrationId },
      },
    ],
    skipDuplicates: true,
  });
}
