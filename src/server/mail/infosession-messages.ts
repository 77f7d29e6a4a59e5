import "server-only";
import type { Locale } from "@/domain/locale";
import en from "../../../messages/en/infosessions.json";
import nl from "../../../messages/nl/infosessions.json";
import ru from "../../../messages/ru/infosessions.json";
import uk from "../../../messages/uk/infosessions.json";
import type { InfosessionMailTemplate } from "./outbox";

/** The infosession messages per locale, for what is rendered outside a request (mail and SMS alike). */
export const infosessionMessages: Record<Locale, typeof nl> = { nl, en, uk, ru };

/** Which `mail.subject` / `mail.body` message says what happened, per template: one table for both channels. */
export const subjectKey: Record<InfosessionMailTemplate, keyof typeof nl.mail.subject> = {
  "registration-confirmed": "confirmed",
  "registration-waitlisted": "waitlisted",
  "registration-promoted": "promoted",
  "registration-cancelled": "cancelled",
  "registration-moved": "moved",
  "session-cancelled": "sessionCancelled",
  "session-moved": "sessionMoved",
  "session-reminder": "reminder",
};
