import "server-only";
import { isLocale } from "@/domain/locale";
import { drainOutbox } from "../mail/outbox-worker";
import { infosessionMailTemplates, type InfosessionMailTemplate } from "../mail/outbox";
import { UndeliverableMessage } from "../mail/templates";
import { renderInfosessionSms } from "./infosession-sms";
import { openSmsSession, smsConfigured, type SmsSession } from "./transport";

const isInfosessionTemplate = (template: string): template is InfosessionMailTemplate =>
  (infosessionMailTemplates as readonly string[]).includes(template);

/**
 * Sends the SMS rows of the outbox over one SMPP bind per batch, with the mail outbox's claiming,
 * retries and DEAD rule. Without SMPP_URL nothing is sent (and nothing is queued: see notify-registrant).
 */
export async function sendDueSms(
  batch = 20,
  now: Date = new Date(),
): Promise<{ sent: number; failed: number }> {
  if (!smsConfigured()) return { sent: 0, failed: 0 };
  // One bind for the batch; if it fails, every message of the batch fails fast and is retried later.
  let session: Promise<SmsSession> | undefined;
  return drainOutbox(
    "SMS",
    batch,
    now,
    async (message) => {
      const registrationId = (message.payload as { registrationId?: unknown } | null)?.registrationId;
      if (
        !isInfosessionTemplate(message.template) ||
        typeof registrationId !== "string" ||
        !isLocale(message.locale)
      )
        throw new UndeliverableMessage(`Bad SMS row for ${message.template}`);
      const text = await renderInfosessionSms(message.template, registrationId, message.locale);
      if (!text) return;
      session ??= openSmsSession();
      await (await session).send({ to: message.toAddress, text });
    },
    async () => {
      await session?.then((open) => open.close()).catch(() => undefined);
    },
  );
}
