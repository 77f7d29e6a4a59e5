import { closedQuestionRetentionMonths } from "@/domain/questions/retention";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FactSource } from "@/components/fact-source";
import { infoPageMetadata } from "@/components/info-page";
import { richTags } from "@/components/rich-text";
import { calendarDate } from "@/domain/facts/iso-date";
import { isConfirmed } from "@/domain/facts/fact";
import { retention } from "@/domain/facts/portal";
import { currentFacts } from "@/server/facts/current-facts";
import { resolveLocale } from "@/i18n/locale-param";

type Props = { params: Promise<{ locale: string }> };

// Regenerated in the background so facts changed by staff show within a minute (src/server/facts).
export const revalidate = 30;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return infoPageMetadata(await resolveLocale(params), "about", "/about");
}

export default async function AboutPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "about" });
  const format = await getFormatter();
  const { portalOperator, teamUkraineRecruitment, legalHelpdesk } = await currentFacts();
  const operator = portalOperator.value;
  const recruitment = teamUkraineRecruitment.value;
  // The agency's name is Dutch in every locale: marked so that screen readers pronounce it as Dutch.
  const dutchName = (chunks: React.ReactNode) => <span lang="nl">{chunks}</span>;

  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="mt-3 text-lg">{t.rich("intro", { operator: operator.name, org: dutchName })}</p>

      <section aria-labelledby="contact">
        <h2 id="contact">{t("contact.heading")}</h2>
        <ul className="mt-2 list-disc pl-6">
          <li>
            {t("contact.website")}{" "}
            <a href={operator.website} rel="noopener">
              {operator.website.replace(/^https:\/\//, "")}
            </a>
          </li>
          <li>
            {isConfirmed(legalHelpdesk)
              ? t("contact.helpdesk", {
                  phone: legalHelpdesk.value.phone,
                  option: legalHelpdesk.value.option,
                })
              : t("contact.legalHelp")}{" "}
            <a href={`/${locale}/help`}>{t("contact.helpLink")}</a>
          </li>
        </ul>
        <FactSource fact={portalOperator} locale={locale} />
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">{t("privacy.heading")}</h2>
        <p className="mt-2">{t.rich("privacy.intro", { operator: operator.name, org: dutchName })}</p>
        {(["registrations", "caseworkers"] as const).map((part) => (
          <div key={part}>
            <h3>{t(`privacy.${part}.heading`)}</h3>
            <p className="mt-2">{t(`privacy.${part}.what`)}</p>
            <p className="mt-2">{t(`privacy.${part}.why`)}</p>
            <p className="mt-2">
              {t(`privacy.${part}.retention`, {
                months:
                  part === "registrations"
                    ? retention.registrationMonthsAfterSession
                    : retention.personInactivityMonths,
              })}
            </p>
          </div>
        ))}
        <h3>{t("privacy.minimisation.heading")}</h3>
        <p className="mt-2">{t("privacy.minimisation.body")}</p>
        <p className="mt-2">{t("privacy.questions", { months: closedQuestionRetentionMonths })}</p>
        <h3>{t("privacy.rights.heading")}</h3>
        <p className="mt-2">{t("privacy.rights.body")}</p>
        <ul className="mt-2 list-disc pl-6">
          {(["access", "correction", "erasure", "objection", "complaint"] as const).map((right) => (
            <li key={right}>{t.rich(`privacy.rights.list.${right}`, richTags)}</li>
          ))}
        </ul>
        <p className="mt-2">{t("privacy.rights.how")}</p>
      </section>

      <section aria-labelledby="accessibility">
        <h2 id="accessibility">{t("accessibility.heading")}</h2>
        <p className="mt-2">{t("accessibility.standard")}</p>
        <ul className="mt-2 list-disc pl-6">
          {(["languages", "noJavaScript", "zoom", "keyboard"] as const).map((point) => (
            <li key={point}>{t(`accessibility.points.${point}`)}</li>
          ))}
        </ul>
        <p className="mt-2">{t("accessibility.report")}</p>
      </section>

      <section aria-labelledby="vacancies">
        <h2 id="vacancies">{t("vacancies.heading")}</h2>
        <p className="mt-2">
          {t("vacancies.history")}{" "}
          {t("vacancies.body", {
            // A plain number, so the message's plural picks the noun form ("83,2 voltijdsequivalenten").
            needed: recruitment.neededFte,
            hired: recruitment.hired,
            date: format.dateTime(calendarDate(recruitment.asOf), { dateStyle: "long" }),
          })}
        </p>
        <p className="mt-2">
          <a href={operator.vacancies} rel="noopener">
            {t("vacancies.link")}
          </a>
        </p>
        <FactSource fact={teamUkraineRecruitment} locale={locale} />
      </section>
    </>
  );
}
