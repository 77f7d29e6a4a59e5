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
        payload: { registrationId: mail.registrationId },
      },
    ],
    skipDuplicates: true,
  });
}
