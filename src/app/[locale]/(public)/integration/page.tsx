import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FactSource } from "@/components/fact-source";
import { infoPageMetadata } from "@/components/info-page";
import { richTags } from "@/components/rich-text";
import { Steps } from "@/components/steps";
import { resolveLocale } from "@/i18n/locale-param";
import { currentFacts } from "@/server/facts/current-facts";

type Props = { params: Promise<{ locale: string }> };

// Regenerated in the background so facts changed by staff show within a minute (src/server/facts).
export const revalidate = 30;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return infoPageMetadata(await resolveLocale(params), "integration", "/integration");
}

export default async function IntegrationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "integration" });
  const { dutchCourses, brusselsCivicIntegrationExemption } = await currentFacts();
  const intake = (["needs", "information", "referral", "followUp"] as const).map((step) => ({
    title: t(`preTrajectory.intake.steps.${step}.title`),
    body: <p>{t(`preTrajectory.intake.steps.${step}.body`)}</p>,
  }));

  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="mt-3 text-lg">{t.rich("intro", richTags)}</p>

      <section aria-labelledby="right">
        <h2 id="right">{t("right.heading")}</h2>
        <p className="mt-2">{t.rich("right.body", richTags)}</p>
        <p className="mt-2">{t.rich("right.brussels", richTags)}</p>
        <FactSource fact={brusselsCivicIntegrationExemption} locale={locale} />
      </section>

      <section aria-labelledby="alternative">
        <h2 id="alternative">{t("alternative.heading")}</h2>
        <p className="mt-2">{t("alternative.intro")}</p>
        <ul className="mt-2 list-disc pl-6">
          {(["tailored", "quickStart", "team", "dutch", "noResult"] as const).map((point) => (
            <li key={point}>{t.rich(`alternative.points.${point}`, richTags)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="pre-trajectory">
        <h2 id="pre-trajectory">{t("preTrajectory.heading")}</h2>
        <p className="mt-2">{t.rich("preTrajectory.intro", richTags)}</p>
        <h3>{t("preTrajectory.infosessions.heading")}</h3>
        <p className="mt-2">{t("preTrajectory.infosessions.body")}</p>
        <p className="mt-2">
          <a href={`/${locale}/infosessions`}>{t("preTrajectory.infosessions.link")}</a>
        </p>
        <h3>{t("preTrajectory.intake.heading")}</h3>
        <p className="mt-2">{t("preTrajectory.intake.intro")}</p>
        <Steps steps={intake} headingLevel={3} />
      </section>

      <section aria-labelledby="dutch">
        <h2 id="dutch">{t("dutch.heading")}</h2>
        <p className="mt-2">{t.rich("dutch.intro", richTags)}</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          {(["quickReturn", "longerStay"] as const).map((path) => (
            <section
              key={path}
              aria-labelledby={`path-${path}`}
              className="rounded-lg border border-slate-200 p-4"
            >
              <h3 id={`path-${path}`} className="mt-0">
                {t(`dutch.paths.${path}.title`)}
              </h3>
              <p className="mt-1">{t(`dutch.paths.${path}.body`)}</p>
            </section>
          ))}
        </div>
        <ul className="mt-4 list-disc pl-6">
          <li>
            {t.rich("dutch.welcomeModule", {
              ...richTags,
              periods: dutchCourses.value.welcomeModuleLessonPeriods,
              year: dutchCourses.value.welcomeModuleYear,
            })}
          </li>
          <li>{t("dutch.oralSkills")}</li>
          <li>{t.rich("dutch.fees", { ...richTags, fee: dutchCourses.value.feePerLessonPeriodEuro })}</li>
        </ul>
        <p className="mt-2">{t("dutch.howToStart")}</p>
        <p className="mt-2">
          <a href={`/${locale}/infosessions`}>{t("dutch.infosessionsLink")}</a>
        </p>
        <FactSource fact={dutchCourses} locale={locale} />
      </section>
    </>
  );
}
