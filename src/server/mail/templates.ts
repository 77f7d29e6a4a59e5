import "server-only";
import { isLocale } from "@/domain/locale";
import { renderInfosessionMail } from "./infosession-mail";
import { infosessionMailTemplates, type InfosessionMailTemplate } from "./outbox";
import { isStaffMailTemplate, renderStaffMail } from "./staff-mail";
import type { OutgoingMail } from "./transport";

type OutboxRow = {
  idempotencyKey: string;
  template: string;
  toAddress: string;
  locale: string;
  payload: unknown;
};

/** A message no retry can send (unknown template, payload that does not fit it): it goes DEAD at once. */
export class UndeliverableMessage extends Error {}

const isInfosessionTemplate = (template: string): template is InfosessionMailTemplate =>
  (infosessionMailTemplates as readonly string[]).includes(template);

/** The mail an outbox row stands for, rendered now; null when there is nothing left to tell. */
export async function renderOutboxMessage(row: OutboxRow): Promise<OutgoingMail | null> {
  if (isInfosessionTemplate(row.template)) {
    const payload = row.payload as { registrationId?: unknown; copyForRegistrar?: unknown } | null;
    const registrationId = payload?.registrationId;
    if (typeof registrationId !== "string" || !isLocale(row.locale))
      throw new UndeliverableMessage(`Bad payload for ${row.template}`);
    // Null when the registration was erased in the meantime.
    return renderInfosessionMail(
      row.template,
      registrationId,
      row.locale,
      row.toAddress,
      row.idempotencyKey,
      payload?.copyForRegistrar === true,
    );
  }
  if (isStaffMailTemplate(row.template)) {
    try {
      return await renderStaffMail({
        template: row.template,
        to: row.toAddress,
        locale: row.locale,
        payload: row.payload,
        messageKey: row.idempotencyKey,
      });
    } catch (error) {
      // zod names the fields that do not fit; the payload's values (addresses, links) stay out of the log.
      throw new UndeliverableMessage(
        `Bad payload for ${row.template}: ${error instanceof Error ? error.message.slice(0, 300) : "unreadable"}`,
      );
    }
  }
  throw new UndeliverableMessage(`Unknown template ${row.template}`);
}
