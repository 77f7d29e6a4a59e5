import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EligibilityForm } from "@/components/eligibility/eligibility-form";
import { resolveLocale } from "@/i18n/locale-param";
import { alternatesFor } from "@/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "eligibility" });
  return { title: t("meta.title"), alternates: alternatesFor(locale, "/eligibility") };
}

/** The empty form is static (and cacheable); the answers go to /eligibility/result. */
export default async function EligibilityPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "eligibility" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-3 text-lg">{t("intro")}</p>
      <p className="mt-2 text-slate-700">{t("disclaimer")}</p>
      <EligibilityForm locale={locale} />
    </>
  );
}
