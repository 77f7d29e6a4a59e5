import { getFormatter, getTranslations } from "next-intl/server";
import { FactSource } from "@/components/fact-source";
import { richTags } from "@/components/rich-text";
import type { EligibilityOutcome } from "@/domain/eligibility/decide";
import { legalBasis } from "@/domain/facts/temporary-protection";
import type { Locale } from "@/domain/locale";

const tone = {
  likely: "border-green-700 bg-green-50",
  unclear: "border-amber-600 bg-amber-50",
  unlikely: "border-slate-600 bg-slate-50",
} as const;

export async function EligibilityResult({
  locale,
  outcome,
}: {
  locale: Locale;
  outcome: EligibilityOutcome;
}) {
  const t = await getTranslations({ locale, namespace: "eligibility.result" });
  const format = await getFormatter({ locale });
  const date = format.dateTime(new Date(`${legalBasis.value.fledOnOrAfter}T12:00:00Z`), {
    dateStyle: "long",
  });

  return (
    <>
      <p
        className={`mt-4 rounded border-l-8 p-4 text-xl font-semibold ${tone[outcome.likelihood]}`}
        data-likelihood={outcome.likelihood}
      >
        {t(`likelihood.${outcome.likelihood}`)}
      </p>
      <h2>{t("why")}</h2>
      <p className="mt-2" data-reason={outcome.reason}>
        {t(`reasons.${outcome.reason}`, { date })}
      </p>
      <FactSource fact={legalBasis} locale={locale} />

      {outcome.likelihood === "likely" ? (
        <>
          <h2>{t("nextSteps")}</h2>
          <ol className="mt-2 list-decimal space-y-2 pl-6">
            <li>
              {t.rich("steps.certificate", richTags)} <a href={`/${locale}/status`}>{t("readStatus")}</a>
            </li>
            <li>{t("steps.municipality")}</li>
            <li>
              <a href={`/${locale}/infosessions`}>{t("steps.infosessions")}</a>
            </li>
          </ol>
        </>
      ) : (
        <>
          <h2>{t("alternatives")}</h2>
          <ul className="mt-2 list-disc space-y-2 pl-6">
            <li>
              <a href={`/${locale}/help`}>{t("alternativeOptions.helpdesk")}</a>
            </li>
            <li>{t("alternativeOptions.internationalProtection")}</li>
            <li>{t("alternativeOptions.otherPermits")}</li>
          </ul>
          <p className="mt-4">
            <a href={`/${locale}/status`}>{t("readStatus")}</a>
          </p>
        </>
      )}
      <p className="mt-4">
        <a href={`/${locale}/help`}>{t("readHelp")}</a>
      </p>
    </>
  );
}
