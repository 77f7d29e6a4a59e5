import "server-only";
import { translatorFor } from "@/i18n/server-translator";
import { mailSafeName } from "@/domain/mail-safe-name";
import { createFormatter } from "next-intl";
import { icsOf } from "@/domain/infosessions/ics";
import { topicsBySeries } from "@/domain/infosessions/topics";
import { localeEndonyms, type Locale } from "@/domain/locale";
import { displayTimeZone } from "@/domain/time/brussels";
import { baseUrl } from "@/env";
import { db } from "../db";
import { subjectKey } from "./infosession-messages";
import { manageUrlFor } from "../infosessions/manage-token";
import { waitlistPositionOf } from "../infosessions/waitlist-position";
import { composeMail } from "./compose";
import type { InfosessionMailTemplate } from "./outbox";
import type { OutgoingMail } from "./transport";

/**
 * Renders an infosession mail at send time, in the registrant's locale, from the registration as
 * it is now. The meeting link is included only while the registration is confirmed; the manage
 * link is rebuilt from the registration id (the token is never stored). Null: nothing to send.
 */
export async function renderInfosessionMail(
  template: InfosessionMailTemplate,
  registrationId: string,
  locale: Locale,
  to: string,
  messageKey: string,
  copyForRegistrar = false,
): Promise<OutgoingMail | null> {
  const registration = await db().registration.findUnique({
    where: { id: registrationId },
    select: {
      id: true,
      status: true,
      seats: true,
      contactName: true,
      session: {
        select: {
          series: true,
          region: true,
          language: true,
          startsAt: true,
          endsAt: true,
          meetingUrl: true,
          status: true,
        },
      },
    },
  });
  if (!registration) return null;
  // A "you are on the waiting list" mail that was still queued when a place came free would mislead.
  if (template === "registration-waitlisted" && registration.status !== "WAITLISTED") return null;
  const t = await translatorFor(locale, "infosessions");
  const format = createFormatter({ locale, timeZone: displayTimeZone });
  const { session } = registration;
  const title = t("sessionTitle", { region: session.region, series: session.series });
  const when = `${format.dateTime(session.startsAt, { dateStyle: "full", timeStyle: "short" })} – ${format.dateTime(session.endsAt, { timeStyle: "short" })}`;
  const confirms = [
    "registration-confirmed",
    "registration-promoted",
    "registration-moved",
    "session-moved",
    "session-reminder",
  ].includes(template);
  const confirmed = confirms && registration.status === "CONFIRMED" && session.status === "SCHEDULED";
  const sessionCancelled = template === "session-cancelled";
  const position =
    registration.status === "WAITLISTED" ? await waitlistPositionOf(db(), registration.id) : undefined;
  const manageUrl = manageUrlFor(registration.id, locale);

  // The name came from a public form: printed so that nothing in it can become a link.
  const name = mailSafeName(registration.contactName) || "…";
  // A staff member who booked for the family reads their copy in their own language.
  const paragraphs: string[] = [
    copyForRegistrar ? t("mail.registrarCopy", { name }) : t("mail.greeting", { name }),
  ];
  paragraphs.push(
    t(`mail.body.${subjectKey[template]}`, {
      seats: registration.seats,
      position: position ?? 0,
      catalogueUrl: `${baseUrl()}/${locale}/infosessions`,
    }),
  );
  paragraphs.push(
    `${title}\n${t("mail.when", { when })}\n${t("mail.language", { language: localeEndonyms[session.language] })}`,
  );
  paragraphs.push(
    `${t("mail.topics")}: ${topicsBySeries[session.series].map((topic) => t(`topics.${topic}`)).join(", ")}`,
  );
  if (confirmed && !sessionCancelled) paragraphs.push(t("mail.meetingLink", { url: session.meetingUrl }));
  if (!sessionCancelled && registration.status !== "CANCELLED")
    paragraphs.push(`${t("mail.manage", { url: manageUrl })}\n${t("mail.keepPrivate")}`);
  paragraphs.push(t("mail.signature", { region: session.region }));

  const withCalendar = confirmed;
  const calendar = withCalendar || sessionCancelled || template === "registration-cancelled";
  return composeMail({
    to,
    locale,
    subject: t(`mail.subject.${subjectKey[template]}`, { title }),
    paragraphs,
    messageKey,
    attachments: calendar
      ? [
          {
            filename: "infosession.ics",
            contentType: `text/calendar; charset=utf-8; method=${withCalendar ? "PUBLISH" : "CANCEL"}`,
            content: icsOf({
              uid: `${registration.id}@welkom`,
              stamp: new Date(),
              startsAt: session.startsAt,
              endsAt: session.endsAt,
              summary: title,
              description: withCalendar
                ? `${t("mail.meetingLink", { url: session.meetingUrl })}\n${t("mail.manage", { url: manageUrl })}`
                : title,
              location: withCalendar ? session.meetingUrl : undefined,
              url: withCalendar ? manageUrl : undefined,
              cancelled: !withCalendar,
            }),
          },
        ]
      : undefined,
  });
}
