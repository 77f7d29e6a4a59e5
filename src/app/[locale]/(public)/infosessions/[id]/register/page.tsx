import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { SessionSummary } from "@/components/infosessions/session-summary";
import { emptyFormValues } from "@/domain/infosessions/registration-form";
import { newFormIdempotencyKey } from "@/server/infosessions/form-key";
import { maxAttendees, registrantTypes } from "@/domain/infosessions/registration-input";
import { localeEndonyms, locales } from "@/domain/locale";
import { displayTimeZone } from "@/domain/time/brussels";
import { resolveLocale } from "@/i18n/locale-param";
import { alternatesFor } from "@/i18n/metadata";
import { findUpcomingSession, listUpcomingSessions } from "@/server/infosessions/catalogue";
import { listMunicipalityGroups } from "@/server/municipalities/municipality-groups";
import { RegistrationForm } from "./registration-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "infosessions.register" });
  return {
    title: t("title"),
    alternates: alternatesFor(locale, `/infosessions/${id}/register`),
    robots: { index: false },
  };
}

export default async function RegisterPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const session = await findUpcomingSession(id);
  if (!session) notFound();
  const t = await getTranslations({ locale, namespace: "infosessions" });
  const format = await getFormatter();
  // Series 1 offers the series-2 sessions in the same language that come after it.
  const followUps =
    session.series === "SERIES_1"
      ? (
          await listUpcomingSessions(
            { series: "SERIES_2", language: session.language, region: undefined, from: undefined },
            session.startsAt,
            24,
          )
        )
          // The same region's 'Welkom in Brussel' or 'Welkom in Vlaanderen' first, then by date.
          .sort(
            (a, b) =>
              Number(a.region !== session.region) - Number(b.region !== session.region) ||
              a.startsAt.getTime() - b.startsAt.getTime(),
          )
          .slice(0, 6)
          .map((option) => ({
            id: option.id,
            label: `${t("sessionTitle", { region: option.region, series: option.series })}, ${format.dateTime(option.startsAt, { dateStyle: "full", timeStyle: "short", timeZone: displayTimeZone })}${option.availability.kind === "full" ? ` (${t("catalogue.full")})` : ""}`,
          }))
      : [];
  const common = await getTranslations({ locale, namespace: "common.places" });
  const municipalities = (await listMunicipalityGroups()).map((group) => ({
    label: group.province ?? common("brusselsRegion"),
    options: group.municipalities,
  }));
  return (
    <>
      <h1>{t("register.title")}</h1>
      <section
        className="mt-4 rounded-lg border border-slate-300 p-4"
        aria-label={t("sessionTitle", { region: session.region, series: session.series })}
      >
        <SessionSummary session={session} />
      </section>
      {session.availability.kind === "full" ? (
        <p className="mt-4 rounded border-2 border-amber-500 bg-amber-50 p-3" role="note">
          {t("register.fullNotice")}
        </p>
      ) : null}
      <RegistrationForm
        sessionId={session.id}
        pageLocale={locale}
        maxAttendees={maxAttendees}
        initialState={{ values: emptyFormValues(locale, newFormIdempotencyKey()), errors: {}, version: 0 }}
        municipalities={municipalities}
        followUps={followUps}
        privacyHref={`/${locale}/about#privacy`}
        labels={{
          errorSummary: t("register.errorSummary"),
          whoLegend: t("register.whoLegend"),
          registrantTypes: registrantTypes.map((value) => ({
            value,
            label: t(`register.registrantType.${value}`),
          })),
          contactLegend: t("register.contactLegend"),
          contactHint: t("register.contactHint"),
          name: t("register.name"),
          email: t("register.email"),
          phone: t("register.phone"),
          phoneHint: t("register.phoneHint"),
          localeLabel: t("register.localeLabel"),
          locales: locales.map((value) => ({ value, label: localeEndonyms[value] })),
          municipality: t("register.municipality"),
          municipalityNone: t("register.municipalityNone"),
          attendeesLegend: t("register.attendeesLegend"),
          attendeesHint: t("register.attendeesHint"),
          person: t.raw("register.person") as string,
          firstName: t("register.firstName"),
          birthYear: t("register.birthYear"),
          addPerson: t("register.addPerson"),
          removePerson: t.raw("register.removePerson") as string,
          followUpLegend: t("register.followUpLegend"),
          followUpHint: t("register.followUpHint"),
          followUpNone: t("register.followUpNone"),
          consent: t("register.consent"),
          consentSummary: t("register.consentSummary"),
          privacyLink: t("register.privacyLink"),
          submit: t("register.submit"),
          submitting: t("register.submitting"),
        }}
      />
    </>
  );
}
