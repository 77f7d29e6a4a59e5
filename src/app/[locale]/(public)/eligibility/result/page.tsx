import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EligibilityForm } from "@/components/eligibility/eligibility-form";
import { EligibilityResult } from "@/components/eligibility/eligibility-result";
import { brusselsDate } from "@/domain/time/brussels";
import { eligibilityAnswers, rawAnswersFrom } from "@/domain/eligibility/answers";
import { decideEligibility } from "@/domain/eligibility/decide";
import { fieldErrorsOf } from "@/domain/validation";
import { resolveLocale } from "@/i18n/locale-param";
import { alternatesFor } from "@/i18n/metadata";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "eligibility" });
  // Each result URL carries someone's answers: keep it out of search engines.
  return {
    title: t("meta.resultTitle"),
    alternates: alternatesFor(locale, "/eligibility"),
    robots: { index: false, follow: true },
  };
}

/**
 * Rendered per request from the query string alone: nothing is stored, logged or put in a cookie.
 * Wrong or missing answers show the form again with a message per field and the answers kept.
 */
export default async function EligibilityResultPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "eligibility" });
  const answers = rawAnswersFrom(await searchParams);
  const parsed = eligibilityAnswers(brusselsDate(new Date())).safeParse(answers);

  if (!parsed.success) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p className="mt-3 text-lg">{t("intro")}</p>
        <EligibilityForm locale={locale} answers={answers} errors={fieldErrorsOf(parsed.error)} />
      </>
    );
  }

  return (
    <>
      <h1>{t("result.title")}</h1>
      <EligibilityResult locale={locale} outcome={decideEligibility(parsed.data)} />
      <p className="mt-6 text-slate-700">{t("disclaimer")}</p>
      <h2>{t("result.changeAnswers")}</h2>
      <EligibilityForm locale={locale} answers={answers} />
    </>
  );
}
