import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FactSource } from "@/components/fact-source";
import { richTags } from "@/components/rich-text";
import { EligibilityForm } from "@/components/eligibility/eligibility-form";
import { resolveLocale } from "@/i18n/locale-param";
import { alternatesFor } from "@/i18n/metadata";
import { currentFacts } from "@/server/facts/current-facts";

type Props = { params: Promise<{ locale: string }> };

// Regenerated in the background so facts changed by staff show within a minute (src/server/facts).
export const revalidate = 30;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "eligibility" });
  return { title: t("meta.title"), alternates: alternatesFor(locale, "/eligibility") };
}

/** The empty form is static (and cacheable); the answers go to /eligibility/result. */
export default async function EligibilityPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "eligibility" });
  const { eligibilityPractice } = await currentFacts();
  const practice = eligibilityPractice.value;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-3 text-lg">{t("intro")}</p>
      <p className="mt-2 text-slate-700">{t.rich("disclaimer", richTags)}</p>
      <EligibilityForm locale={locale} />
      <section aria-labelledby="practice">
        <h2 id="practice">{t("practice.heading")}</h2>
        <p className="mt-2">
          {t("practice.refusals", {
            refusals2024: practice.refusals2024,
            refusals2025: practice.refusalsJanToOct2025,
            share: practice.refusalShareJanToOct2025,
          })}
        </p>
        <p className="mt-2">{t("practice.bring")}</p>
        <p className="mt-2">
          {t("practice.ifRefused")} <a href={`/${locale}/help`}>{t("practice.helpLink")}</a>
        </p>
        <FactSource fact={eligibilityPractice} locale={locale} />
      </section>
    </>
  );
}
