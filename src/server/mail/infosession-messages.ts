import "server-only";
import type { Messages } from "@/i18n/messages";
import type { InfosessionMailTemplate } from "./outbox";

type InfosessionMessages = Messages["infosessions"];

/** Which `mail.subject` / `mail.body` message says what happened, per template: one table for both channels. */
export const subjectKey: Record<InfosessionMailTemplate, keyof InfosessionMessages["mail"]["subject"]> = {
  "registration-confirmed": "confirmed",
  "registration-waitlisted": "waitlisted",
  "registration-promoted": "promoted",
  "registration-cancelled": "cancelled",
  "registration-moved": "moved",
  "session-cancelled": "sessionCancelled",
  "session-moved": "sessionMoved",
  "session-reminder": "reminder",
};
