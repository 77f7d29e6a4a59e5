import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { sessionChoiceGroups } from "@/components/infosessions/session-choices";
import { SessionPicker } from "@/components/infosessions/session-picker";
import { SessionSummary } from "@/components/infosessions/session-summary";
import { resolveLocale } from "@/i18n/locale-param";
import { AppError } from "@/server/errors";
import { listUpcomingSessions } from "@/server/infosessions/catalogue";
import { outcomeText } from "@/i18n/error-text";
import { viewRegistrationByToken, type RegistrationView } from "@/server/infosessions/view-registration";
import { cancelAttendee, cancelRegistration, moveRegistration } from "./actions";
import { Button, primaryLinkClass } from "@/components/ui/button";
import { QrCode } from "@/components/staff/qr-code";
import { manageUrlFor } from "@/server/infosessions/manage-token";
import { Notice } from "@/components/ui/notice";

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The address holds a private token: keep it out of search engines and other sites' logs. The title
// names the page ("Your registration"), not only the site, for tabs, history and screen readers.
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "infosessions.manage" });
  // same-origin, not no-referrer: other sites still get no Referer (so never the token), but the page's
  // own forms keep their Origin header; under no-referrer the browser sends "Origin: null" and Next
  // refuses every server action posted without JavaScript (cancel, move) as a forged request.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

async function load(token: string): Promise<RegistrationView> {
  try {
    return await viewRegistrationByToken(token);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function ManageRegistrationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { token } = await params;
  const query = await searchParams;
  const registration = await load(token);
  const t = await getTranslations({ locale, namespace: "infosessions" });
  const alternatives = registration.changeable
    ? (
        await listUpcomingSessions(
          {
            series: registration.session.series,
            language: registration.session.language,
            region: undefined,
            from: undefined,
          },
          new Date(),
          30,
        )
      ).filter((option) => option.id !== registration.session.id)
    : [];
  // The region of the session booked comes first: a family in Gent is not offered Brussels first.
  const moveGroups = await sessionChoiceGroups(locale, alternatives, { region: registration.session.region });
  const error =
    typeof query.error === "string"
      ? query.error === "confirmCancel"
        ? await outcomeText(locale, "consentRequired")
        : await outcomeText(locale, query.error)
      : undefined;
  // A refusal about one form shows at that form (`at`, the same name as the redirect's #fragment,
  // which takes the reader there with the top of the page out of sight); anything else at the top.
  const forms = registration.changeable
    ? ["cancel", ...(registration.attendees.length > 1 ? ["cancel-one"] : [])]
    : [];
  const errorAt = typeof query.at === "string" && forms.includes(query.at) ? query.at : "top";
  const errorNotice = (place: string) =>
    error && errorAt === place ? <Notice kind="error">{error}</Notice> : null;
  const done =
    query.done === "cancelled"
      ? t("manage.cancelled")
      : query.done === "cancelledOne"
        ? t("manage.cancelledOne")
        : query.done === "moved"
          ? t("manage.moved")
          : query.registered === "1"
            ? `${t("manage.justRegistered")} ${t(`manage.channel.${registration.channel}`)}`
            : undefined;
  const manageUrl = manageUrlFor(registration.id, locale);
  const hidden = (
    <>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="pageLocale" value={locale} />
    </>
  );
  return (
    <>
      <h1>{t("manage.title")}</h1>
      {done ? <Notice kind="done">{done}</Notice> : null}
      {errorNotice("top")}

      <section className="mt-6 rounded-lg border border-slate-300 p-4">
        <SessionSummary session={registration.session} />
        {registration.session.status === "CANCELLED" ? (
          <p className="mt-3 font-semibold text-red-800">{t("manage.sessionCancelled")}</p>
        ) : null}
      </section>

      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-semibold">{t("manage.status")}</dt>
        <dd data-testid="registration-status">{t(`manage.statusValue.${registration.status}`)}</dd>
        <dt className="font-semibold">{t("manage.people")}</dt>
        <dd>
          {t("manage.seats", { count: registration.seats })}:{" "}
          {registration.attendees.map((attendee) => attendee.firstName).join(", ")}
        </dd>
      </dl>
      {registration.waitlistPosition ? (
        <p className="mt-3">{t("manage.waitlistPosition", { position: registration.waitlistPosition })}</p>
      ) : null}
      {registration.meetingUrl ? (
        <p className="mt-4">
          <a href={registration.meetingUrl} rel="noopener noreferrer" className={primaryLinkClass()}>
            {t("manage.meetingLink")}
          </a>
          <span className="mt-1 block text-slate-700">{t("manage.meetingHint")}</span>
        </p>
      ) : null}

      <section
        aria-labelledby="keep-heading"
        className="mt-6 rounded-lg border-2 border-amber-600 bg-amber-50 p-4"
        data-testid="keep-this-page"
      >
        <h2 id="keep-heading" className="mt-0">
          {t("manage.keep.heading")}
        </h2>
        {registration.channel === "NONE" ? (
          <p className="mt-2 font-semibold">{t("manage.channel.NONE")}</p>
        ) : null}
        <p className="mt-2">{t("manage.keep.body")}</p>
        <p className="mt-3 font-semibold">{t("manage.keep.link")}</p>
        <p className="break-all">
          <a href={manageUrl} data-testid="manage-link">
            {manageUrl}
          </a>
        </p>
        <QrCode text={manageUrl} label={t("manage.keep.qr")} />
        <p className="mt-3">
          <span className="font-semibold">{t("manage.keep.code")}: </span>
          <span className="font-mono text-xl tracking-widest" data-testid="short-code">
            {registration.shortCode}
          </span>
        </p>
        <p className="mt-1 text-slate-700">
          {t("manage.keep.codeHint")} <a href={`/${locale}/infosessions/manage`}>{t("manage.keep.find")}</a>
        </p>
        <p className="mt-3">
          <a href={`/${locale}/infosessions/manage/${token}/calendar`} download="infosession.ics">
            {t("manage.keep.calendar")}
          </a>
        </p>
        <p className="mt-3 text-slate-700">{t("manage.keepPrivate")}</p>
      </section>

      {registration.changeable ? (
        <>
          <section aria-labelledby="move-heading">
            <h2 id="move-heading">{t("manage.moveHeading")}</h2>
            {alternatives.length === 0 ? (
              <p className="mt-2">{t("manage.noOther")}</p>
            ) : (
              <form action={moveRegistration} className="mt-3 grid gap-3">
                {hidden}
                <SessionPicker
                  id="move-target"
                  name="targetSessionId"
                  label={t("manage.moveLabel")}
                  placeholder={t("picker.choose")}
                  groups={moveGroups}
                />
                <Button type="submit" variant="secondary" className="justify-self-start">
                  {t("manage.moveSubmit")}
                </Button>
              </form>
            )}
          </section>
          <section aria-labelledby="cancel-heading" id="cancel">
            <h2 id="cancel-heading">{t("manage.cancelHeading")}</h2>
            {errorNotice("cancel")}
            <p className="mt-2">{t("manage.cancelBody")}</p>
            <form action={cancelRegistration} className="mt-3 grid gap-3">
              {hidden}
              <label className="flex items-center gap-2">
                <input type="checkbox" name="confirm" value="yes" className="size-5" />
                {t("manage.cancelConfirm")}
              </label>
              <Button type="submit" variant="danger" className="justify-self-start">
                {t("manage.cancelSubmit")}
              </Button>
            </form>
            {registration.attendees.length > 1 ? (
              <form action={cancelAttendee} className="mt-6 grid gap-3" id="cancel-one">
                {hidden}
                {errorNotice("cancel-one")}
                <p className="m-0">{t("manage.cancelOneBody")}</p>
                <fieldset>
                  <legend className="font-semibold">{t("manage.cancelOneLabel")}</legend>
                  <ul className="mt-1 grid gap-1">
                    {registration.attendees.map((attendee) => (
                      <li key={attendee.id}>
                        <label className="flex items-center gap-2">
                          <input type="radio" name="attendeeId" value={attendee.id} className="size-5" />
                          {attendee.firstName}
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
                <label className="flex items-center gap-2">
                  <input type="checkbox" name="confirm" value="yes" className="size-5" />
                  {t("manage.cancelOneConfirm")}
                </label>
                <Button type="submit" variant="danger" className="justify-self-start">
                  {t("manage.cancelOneSubmit")}
                </Button>
              </form>
            ) : null}
          </section>
        </>
      ) : null}
      <p className="mt-8">
        <a href={`/${locale}/infosessions`}>{t("manage.backToList")}</a>
      </p>
    </>
  );
}
