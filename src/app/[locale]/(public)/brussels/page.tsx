import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FactSource } from "@/components/fact-source";
import { infoPageMetadata } from "@/components/info-page";
import { richTags } from "@/components/rich-text";
import { isConfirmed } from "@/domain/facts/fact";
import { resolveLocale } from "@/i18n/locale-param";
import { currentFacts } from "@/server/facts/current-facts";

type Props = { params: Promise<{ locale: string }> };

// Regenerated in the background so facts changed by staff show within a minute (src/server/facts).
export const revalidate = 30;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return infoPageMetadata(await resolveLocale(params), "brussels", "/brussels");
}

export default async function BrusselsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "brussels" });
  const { brusselsUkraineHubs, brusselsCivicIntegrationExemption } = await currentFacts();
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="mt-3 text-lg">{t("intro")}</p>

      {(["vgc", "hubs", "network", "integration", "familyAllowance", "emergency"] as const).map((part) => (
        <section key={part} aria-labelledby={part}>
          <h2 id={part}>{t(`${part}.heading`)}</h2>
          <p className="mt-2">
            {t.rich(
              part === "hubs" && !isConfirmed(brusselsUkraineHubs) ? "hubs.bodyUnconfirmed" : `${part}.body`,
              { ...richTags, count: brusselsUkraineHubs.value.communityCentres },
            )}
          </p>
        </section>
      ))}

      <section aria-labelledby="sessions">
        <h2 id="sessions">{t("sessions.heading")}</h2>
        <p className="mt-2">{t("sessions.body")}</p>
        <p className="mt-2">
          <a href={`/${locale}/infosessions?region=BRUSSELS`}>{t("sessions.link")}</a>
        </p>
      </section>
      <FactSource fact={brusselsUkraineHubs} locale={locale} />
      <FactSource fact={brusselsCivicIntegrationExemption} locale={locale} />
    </>
  );
}
