import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FactSource } from "@/components/fact-source";
import { infoPageMetadata } from "@/components/info-page";
import { richTags } from "@/components/rich-text";
import { Steps } from "@/components/steps";
import { calendarDate } from "@/domain/facts/iso-date";
import { actNumber } from "@/domain/facts/legal-reference";
import { currentEndDate } from "@/domain/facts/temporary-protection";
import { resolveLocale } from "@/i18n/locale-param";
import { currentFacts } from "@/server/facts/current-facts";

type Props = { params: Promise<{ locale: string }> };

// Static, regenerated in the background at most every 30 s, so facts staff change reach the page
// within a minute even on an instance that did not publish the change (see src/server/facts).
export const revalidate = 30;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return infoPageMetadata(await resolveLocale(params), "status", "/status");
}

export default async function StatusPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "status" });
  const format = await getFormatter();
  const longDate = (iso: string) => format.dateTime(calendarDate(iso), { dateStyle: "long" });
  const {
    legalBasis,
    endDateHistory,
    militaryObligationCondition,
    registration,
    municipalityRegistration,
    internationalProtectionDuration,
    certificatesIssued,
    peopleHoldingProtection,
  } = await currentFacts();
  const endDate = currentEndDate(endDateHistory.value);
  const protectionStart = longDate(legalBasis.value.fledOnOrAfter);

  const procedure = (["registrationCentre", "certificate", "municipality", "residenceDocument"] as const).map(
    (step) => ({
      title: t(`procedure.steps.${step}.title`),
      body: (
        <p>
          {t.rich(`procedure.steps.${step}.body`, {
            ...richTags,
            months: municipalityRegistration.value.registerWithinMonths,
            days: municipalityRegistration.value.annex15ValidDays,
            authority: (chunks) => (
              <a href={registration.value.authorityUrl} rel="noopener">
                {chunks}
              </a>
            ),
          })}
        </p>
      ),
    }),
  );

  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="mt-3 text-lg">{t("intro")}</p>

      <section aria-labelledby="who">
        <h2 id="who">{t("who.heading")}</h2>
        <p className="mt-2">{t("who.intro", { date: protectionStart })}</p>
        <ul className="mt-2 list-disc pl-6">
          {(["ukrainians", "protectedInUkraine", "permanentResidents", "family"] as const).map((group) => (
            // Only the family group has a date: the family must have lived in Ukraine before that day.
            <li key={group}>{t(`who.groups.${group}`, { date: protectionStart })}</li>
          ))}
        </ul>
        <p className="mt-2">
          {t("who.legalBasis", {
            directive: actNumber(legalBasis.value.directive),
            decision: actNumber(legalBasis.value.activation),
          })}
        </p>
        <p className="mt-2">
          {t("who.militaryObligation", { date: longDate(militaryObligationCondition.value.appliesFrom) })}
        </p>
        <FactSource fact={legalBasis} locale={locale} />
        <FactSource fact={militaryObligationCondition} locale={locale} />
      </section>

      <section aria-labelledby="procedure">
        <h2 id="procedure">{t("procedure.heading")}</h2>
        <Steps steps={procedure} />
        <FactSource fact={registration} locale={locale} />
        <FactSource fact={municipalityRegistration} locale={locale} />
      </section>

      <section aria-labelledby="duration">
        <h2 id="duration">{t("duration.heading")}</h2>
        <p
          className="mt-2 rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4 text-lg"
          data-testid="current-end-date"
        >
          {t.rich("duration.current", { ...richTags, date: longDate(endDate) })}
        </p>
        <p className="mt-2">{t("duration.explanation")}</p>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="text-left font-semibold">{t("duration.history.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t("duration.history.what")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("duration.history.politicalAgreementOn")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("duration.history.actOn")}
                </th>
                <th scope="col" className="py-2">
                  {t("duration.history.endsOn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {endDateHistory.value.map((change) => (
                <tr key={change.actOn} className="border-b border-slate-200">
                  <td className="py-2 pr-4">
                    {change.act
                      ? t(`duration.history.kindsWithAct.${change.what}`, { act: change.act })
                      : t(`duration.history.kinds.${change.what}`)}
                  </td>
                  <td className="py-2 pr-4">
                    {change.politicalAgreementOn ? longDate(change.politicalAgreementOn) : "–"}
                  </td>
                  <td className="py-2 pr-4">{longDate(change.actOn)}</td>
                  <td className="py-2">{longDate(change.endsOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-3">{t("duration.future")}</p>
        <FactSource fact={endDateHistory} locale={locale} />
      </section>

      <section aria-labelledby="difference">
        <h2 id="difference">{t("difference.heading")}</h2>
        <p className="mt-2">{t("difference.intro")}</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {(["temporary", "international"] as const).map((kind) => (
            <section
              key={kind}
              aria-labelledby={`difference-${kind}`}
              className="rounded-lg border border-slate-200 p-4"
            >
              <h3 id={`difference-${kind}`} className="mt-0">
                {t(`difference.${kind}.title`)}
              </h3>
              <dl className="mt-2">
                <dt className="font-semibold">{t("difference.procedureLabel")}</dt>
                <dd className="mb-2">{t.rich(`difference.${kind}.procedure`, richTags)}</dd>
                <dt className="font-semibold">{t("difference.durationLabel")}</dt>
                <dd>
                  {t(`difference.${kind}.duration`, {
                    date: longDate(endDate),
                    years: internationalProtectionDuration.value.limitedYears,
                  })}
                </dd>
              </dl>
            </section>
          ))}
        </div>
        <p className="mt-4">
          <a href={`/${locale}/rights`}>{t("difference.rightsLink")}</a>
        </p>
        <FactSource fact={internationalProtectionDuration} locale={locale} />
      </section>

      <section aria-labelledby="figures">
        <h2 id="figures">{t("figures.heading")}</h2>
        <ul className="mt-2 list-disc pl-6">
          <li>
            {t("figures.certificates", {
              count: certificatesIssued.value.total,
              date: longDate(certificatesIssued.value.asOf),
            })}
          </li>
          <li>
            {t("figures.holders", {
              count: peopleHoldingProtection.value.total,
              date: longDate(peopleHoldingProtection.value.asOf),
            })}
          </li>
        </ul>
        <FactSource fact={certificatesIssued} locale={locale} />
        <FactSource fact={peopleHoldingProtection} locale={locale} />
      </section>
    </>
  );
}
