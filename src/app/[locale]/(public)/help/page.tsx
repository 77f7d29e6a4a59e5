import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DutchTerm, FactSource } from "@/components/fact-source";
import { richTags } from "@/components/rich-text";
import { HelpdeskHours } from "@/components/help/helpdesk-hours";
import { HelpdeskOpenNow } from "@/components/help/helpdesk-open-now";
import { isConfirmed } from "@/domain/facts/fact";
import { resolveLocale } from "@/i18n/locale-param";
import { alternatesFor } from "@/i18n/metadata";
import { currentFacts } from "@/server/facts/current-facts";
import { primaryLinkClass } from "@/components/ui/button";

type Props = { params: Promise<{ locale: string }> };

// Regenerated in the background so facts changed by staff show within a minute (src/server/facts).
export const revalidate = 30;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "help" });
  return { title: t("meta.title"), alternates: alternatesFor(locale, "/help") };
}

const telHref = (number: string) => `tel:${number.replace(/[^+\d]/g, "")}`;

export default async function HelpPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "help" });
  const { legalHelpdesk, legalHelpAlternatives, emergencyNumbers, registration } = await currentFacts();
  const helpdesk = legalHelpdesk.value;
  const alternatives = legalHelpAlternatives.value;
  const numbers = emergencyNumbers.value;
  const emergencyLines = [
    { number: numbers.emergency, label: t("emergency.emergency") },
    { number: numbers.police, label: t("emergency.police") },
    { number: numbers.listeningLineDutch, label: t("emergency.listeningLineDutch") },
    { number: numbers.listeningLineFrench, label: t("emergency.listeningLineFrench") },
  ];

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-3 text-lg">{t("intro")}</p>

      <section aria-labelledby="emergency">
        <h2 id="emergency">{t("emergency.title")}</h2>
        <ul className="mt-2 space-y-2">
          {emergencyLines.map((line) => (
            <li key={line.number} className="flex items-baseline gap-3">
              <a href={telHref(line.number)} className="min-w-[3.5rem] text-2xl font-bold">
                {line.number}
              </a>
              <span>{line.label}</span>
            </li>
          ))}
        </ul>
        <FactSource fact={emergencyNumbers} locale={locale} />
      </section>

      <section aria-labelledby="helpdesk">
        <h2 id="helpdesk">{t("helpdesk.title")}</h2>
        {isConfirmed(legalHelpdesk) ? (
          <>
            <p className="mt-2">{t("helpdesk.body")}</p>
            <p className="mt-3 text-xl">
              {t("helpdesk.call", { phone: helpdesk.phone, option: helpdesk.option })}
            </p>
            <p className="mt-2">
              <a href={`tel:${helpdesk.phoneDial}`} className={primaryLinkClass("large")}>
                {helpdesk.phone}
              </a>
            </p>
            <HelpdeskOpenNow
              slots={helpdesk.slots}
              locale={locale}
              texts={{
                open: t("helpdesk.openNow"),
                closed: t("helpdesk.closedNow"),
                // Placeholders pass through untranslated: the browser fills them in at reading time.
                closedOpensToday: t("helpdesk.closedOpensToday", { time: "{time}" }),
                closedOpensOn: t("helpdesk.closedOpensOn", { day: "{day}", time: "{time}" }),
              }}
            />
            <h3>{t("helpdesk.hoursTitle")}</h3>
            <HelpdeskHours slots={helpdesk.slots} />
            <p className="mt-2 text-slate-700">{t("helpdesk.holidays")}</p>
            <FactSource fact={legalHelpdesk} locale={locale} />
          </>
        ) : (
          // No source since 2022 confirms the helpdesk's number and hours: point individuals to help that exists.
          <div data-testid="legal-help-alternatives">
            <p className="mt-2">{t("legalHelp.intro")}</p>
            <ul className="mt-2 list-disc pl-6">
              <li>
                {t.rich("legalHelp.legalAid", {
                  ...richTags,
                  link: (chunks) => (
                    <a href={alternatives.legalAidUrl} rel="noopener">
                      {chunks}
                    </a>
                  ),
                })}
              </li>
              <li>
                {t.rich("legalHelp.myria", {
                  ...richTags,
                  link: (chunks) => (
                    <a href={alternatives.myriaUrl} rel="noopener">
                      {chunks}
                    </a>
                  ),
                })}
              </li>
              <li>
                {t.rich("legalHelp.immigrationOffice", {
                  ...richTags,
                  link: (chunks) => (
                    <a href={registration.value.authorityUrl} rel="noopener">
                      {chunks}
                    </a>
                  ),
                  email: alternatives.immigrationOfficeEmail,
                })}
              </li>
            </ul>
            <FactSource fact={legalHelpAlternatives} locale={locale} />
          </div>
        )}
      </section>

      <section aria-labelledby="municipality">
        <h2 id="municipality">{t("municipality.title")}</h2>
        <p className="mt-2">{t("municipality.body")}</p>
      </section>

      <section aria-labelledby="ocmw">
        <h2 id="ocmw">{t("ocmw.title")}</h2>
        <p className="mt-2">
          <DutchTerm>OCMW</DutchTerm> {t("ocmw.body")}
        </p>
      </section>

      <p className="mt-8">
        <a href={`/${locale}/eligibility`}>{t("eligibility")}</a>
      </p>
    </>
  );
}
