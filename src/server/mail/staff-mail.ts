import "server-only";
import { createFormatter } from "next-intl";
import { z } from "zod";
import { staffLocales, type Locale } from "@/domain/locale";
import { staffRoles } from "@/domain/permissions";
import { displayTimeZone } from "@/domain/time/brussels";
import { baseUrl } from "@/env";
import { translatorFor } from "@/i18n/server-translator";
import { questionMailEvents } from "../questions/question-mail";
import { invitationUrlFor } from "../accounts/invitation-token";
import { composeMail } from "./compose";
import { openToken } from "./sealed-token";
import type { OutgoingMail } from "./transport";

/**
 * Mail to staff members (invitations, password resets, declined referrals), in Dutch or English.
 * Unlike infosession mail, what it says is in the outbox payload, written with the event; the
 * payload is checked here because a row that does not fit its template can never be sent. Links with
 * a token are built here, at send time: the invitation's from its id, the reset's from a sealed token.
 */
const payloadSchemas = {
  "staff-invite": z.object({
    invitationId: z.uuid(),
    organisationName: z.string().min(1),
    role: z.enum(staffRoles),
    invitedByName: z.string().min(1),
    expiresAt: z.iso.datetime(),
  }),
  "staff-password-reset": z.object({
    name: z.string(),
    sealedToken: z.string().min(1),
    expiresInMinutes: z.number().int().positive(),
  }),
  // Only a path: the referral's page shows who it concerns to whoever may see it, the mail does not.
  "referral-declined": z.object({
    referralPath: z.string().startsWith("/"),
    providerName: z.string(),
    reason: z.string(),
    declinedAt: z.iso.datetime(),
  }),
  // A question to AgII: what happened and where to read it, never its text.
  "question-update": z.object({
    event: z.enum(questionMailEvents),
    questionPath: z.string().startsWith("/"),
  }),
  // An answer for everyone due for its author's review: where the author's list of answers is.
  "answer-review": z.object({ answersPath: z.string().startsWith("/") }),
};
type StaffMailTemplate = keyof typeof payloadSchemas;

export const isStaffMailTemplate = (template: string): template is StaffMailTemplate =>
  Object.hasOwn(payloadSchemas, template);

type Message = {
  template: StaffMailTemplate;
  to: string;
  locale: string;
  payload: unknown;
  messageKey: string;
};

/** The mail for an outbox row; throws when the payload does not fit the template (it never will). */
export async function renderStaffMail({
  template,
  to,
  locale: requested,
  payload,
  messageKey,
}: Message): Promise<OutgoingMail> {
  const locale: (typeof staffLocales)[number] = (staffLocales as readonly string[]).includes(requested)
    ? (requested as "nl" | "en")
    : "en";
  const t = await translatorFor(locale, "mail");
  const roleName = await translatorFor(locale, "staff.roles");
  const format = createFormatter({ locale, timeZone: displayTimeZone });
  const dateTime = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeStyle: "short" });
  const mail = (subject: string, paragraphs: string[]) =>
    composeMail({
      to,
      locale: locale as Locale,
      subject,
      paragraphs: [...paragraphs, t("signature")],
      messageKey,
    });

  switch (template) {
    case "staff-invite": {
      const invite = payloadSchemas[template].parse(payload);
      return mail(t("staffInvite.subject"), [
        t("greetingWithoutName"),
        t("staffInvite.body", {
          invitedBy: invite.invitedByName,
          role: roleName(invite.role),
          organisation: invite.organisationName,
        }),
        t("staffInvite.action", { url: invitationUrlFor(invite.invitationId, locale) }),
        t("staffInvite.expires", { expiresAt: dateTime(invite.expiresAt) }),
        t("staffInvite.twoFactor"),
      ]);
    }
    case "staff-password-reset": {
      const reset = payloadSchemas[template].parse(payload);
      const token = openToken(reset.sealedToken);
      if (!token) throw new Error("The reset token was sealed under another AUTH_SECRET.");
      return mail(t("staffPasswordReset.subject"), [
        reset.name ? t("greeting", { name: reset.name }) : t("greetingWithoutName"),
        t("staffPasswordReset.body"),
        t("staffPasswordReset.action", {
          url: `${baseUrl()}/${locale}/staff/reset-password?token=${encodeURIComponent(token)}`,
        }),
        t("staffPasswordReset.expires", { minutes: reset.expiresInMinutes }),
      ]);
    }
    case "referral-declined": {
      const declined = payloadSchemas[template].parse(payload);
      return mail(t("referralDeclined.subject"), [
        t("greetingWithoutName"),
        t("referralDeclined.body", {
          provider: declined.providerName || t("referralDeclined.aProvider"),
          declinedAt: dateTime(declined.declinedAt),
        }),
        declined.reason
          ? t("referralDeclined.reason", { reason: declined.reason })
          : t("referralDeclined.noReason"),
        t("referralDeclined.action", { url: `${baseUrl()}${declined.referralPath}` }),
      ]);
    }
    case "question-update": {
      const update = payloadSchemas[template].parse(payload);
      const q = await translatorFor(locale, "questions.mail");
      return mail(q(`subject.${update.event}`), [
        t("greetingWithoutName"),
        q(`body.${update.event}`),
        q("action", { url: `${baseUrl()}${update.questionPath}` }),
      ]);
    }
    case "answer-review": {
      const review = payloadSchemas[template].parse(payload);
      const q = await translatorFor(locale, "questions.mail.review");
      return mail(q("subject"), [
        t("greetingWithoutName"),
        q("body"),
        q("action", { url: `${baseUrl()}${review.answersPath}` }),
      ]);
    }
  }
}
