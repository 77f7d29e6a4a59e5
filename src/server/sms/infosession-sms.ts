import "server-only";
import { translatorFor } from "@/i18n/server-translator";
import { createFormatter } from "next-intl";
import type { Locale } from "@/domain/locale";
import { displayTimeZone } from "@/domain/time/brussels";
import { baseUrl } from "@/env";
import { db } from "../db";
import { subjectKey } from "../mail/infosession-messages";
import { manageUrlFor } from "../infosessions/manage-token";
import type { InfosessionMailTemplate } from "../mail/outbox";

/**
 * The SMS twin of an infosession mail, rendered at send time from the registration as it is now
 * (like the mail: the manage link is rebuilt from the id, never stored). Short: what happened, when,
 * the meeting link while confirmed, and the manage link. Null: nothing left to tell.
 */
export async function renderInfosessionSms(
  template: InfosessionMailTemplate,
  registrationId: string,
  locale: Locale,
): Promise<string | null> {
  const registration = await db().registration.findUnique({
    where: { id: registrationId },
    select: {
      id: true,
      status: true,
      session: {
        select: { series: true, region: true, startsAt: true, meetingUrl: true, status: true },
      },
    },
  });
  if (!registration) return null;
  if (template === "registration-waitlisted" && registration.status !== "WAITLISTED") return null;
  const t = await translatorFor(locale, "infosessions");
  const format = createFormatter({ locale, timeZone: displayTimeZone });
  const { session } = registration;
  const title = t("sessionTitle", { region: session.region, series: session.series });
  const when = format.dateTime(session.startsAt, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
  const lines = [t(`mail.subject.${subjectKey[template]}`, { title }), t("mail.when", { when })];
  const confirms = [
    "registration-confirmed",
    "registration-promoted",
    "registration-moved",
    "session-moved",
    "session-reminder",
  ];
  if (confirms.includes(template) && registration.status === "CONFIRMED" && session.status === "SCHEDULED")
    lines.push(t("mail.meetingLink", { url: session.meetingUrl }));
  if (template === "session-cancelled" || registration.status === "CANCELLED")
    lines.push(`${baseUrl()}/${locale}/infosessions`);
  else lines.push(t("mail.manage", { url: manageUrlFor(registration.id, locale) }));
  return lines.join("\n");
}
