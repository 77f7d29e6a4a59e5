import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FactSource } from "@/components/fact-source";
import { infoPageMetadata } from "@/components/info-page";
import { richTags } from "@/components/rich-text";
import { rightTopics, statuses, applicantWorkWaitMonths, type RightCell } from "@/domain/facts/rights";
import { resolveLocale } from "@/i18n/locale-param";
import { currentFacts } from "@/server/facts/current-facts";

type Props = { params: Promise<{ locale: string }> };

// Regenerated in the background so facts changed by staff show within a minute (src/server/facts).
export const revalidate = 30;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return infoPageMetadata(await resolveLocale(params), "rights", "/rights");
}

/** On a phone, readers see their own status first: most of them are temporarily protected. */
const cardOrder = [...statuses].reverse();

const accessStyle: Record<RightCell["access"], string> = {
  yes: "bg-green-100 text-green-900",
  partly: "bg-amber-100 text-amber-900",
  no: "bg-slate-200 text-slate-900",
};

/**
 * One set of data drawn twice: a real table for wide screens and print, one card per status on
 * phones. Only one is displayed at a time (CSS), so assistive technology meets it once.
 */
export default async function RightsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "rights" });
  const { rightsComparison, checkLocallySources, vdabRegistration } = await currentFacts();
  const rows = rightsComparison.value;

  const cell = (topic: (typeof rightTopics)[number], status: (typeof statuses)[number]) => {
    const value = rows[topic][status];
    return (
      <>
        <span
          className={`inline-block rounded px-1.5 text-sm font-semibold print:p-0 print:text-[10pt] ${accessStyle[value.access]}`}
        >
          {t(`access.${value.access}`)}
        </span>{" "}
        {t.rich(`details.${value.detail}`, { ...richTags, months: applicantWorkWaitMonths })}
        {value.checkLocally && (
          <span className="mt-1 block text-sm italic print:mt-0 print:text-[9pt]">
            {t(`checkLocally.${topic}`)}
          </span>
        )}
      </>
    );
  };

  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="mt-3 text-lg print:mt-1 print:text-sm">{t("intro")}</p>

      <h2 className="print:hidden">{t("terms.heading")}</h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr] print:hidden">
        {(["ocmw", "groeipakket", "inburgering"] as const).map((term) => (
          <div key={term} className="contents">
            <dt className="font-semibold" lang="nl">
              {t(`terms.${term}.term`)}
            </dt>
            <dd>{t(`terms.${term}.explanation`)}</dd>
          </div>
        ))}
      </dl>

      <div className="mt-6 hidden md:block print:mt-2 print:block" data-testid="rights-table">
        <table className="w-full border-collapse text-left align-top print:text-[10pt] print:leading-snug">
          <caption className="mb-2 text-left text-xl font-semibold text-brand-900 print:text-[11pt]">
            {t("caption")}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <td className="p-2" />
              {statuses.map((status) => (
                <th key={status} scope="col" className="p-2 align-bottom print:p-1">
                  {t(`statuses.${status}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rightTopics.map((topic) => (
              <tr key={topic} className="border-b border-slate-200 align-top">
                <th scope="row" className="p-2 print:p-1">
                  {t(`topics.${topic}`)}
                </th>
                {statuses.map((status) => (
                  <td key={status} className="p-2 print:p-1">
                    {cell(topic, status)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="mt-6 grid gap-4 md:hidden print:hidden" data-testid="rights-cards">
        {cardOrder.map((status) => (
          <section
            key={status}
            aria-labelledby={`card-${status}`}
            className="rounded-lg border border-slate-300 p-4"
          >
            <h2 id={`card-${status}`} className="mt-0 text-xl">
              {t(`statuses.${status}`)}
            </h2>
            <dl className="mt-2">
              {rightTopics.map((topic) => (
                <div key={topic} className="border-t border-slate-200 py-2 first:border-t-0">
                  <dt className="font-semibold">{t(`topics.${topic}`)}</dt>
                  <dd>{cell(topic, status)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>

      <section aria-labelledby="check" className="mt-6 print:mt-2 print:text-[8pt]">
        <h2 id="check" className="print:mt-0 print:text-[10pt]">
          {t("check.heading")}
        </h2>
        <p className="mt-2 print:mt-0">{t("check.body")}</p>
        <ul className="mt-2 list-disc pl-6 print:mt-0">
          {rightTopics.flatMap((topic) => {
            const sources = checkLocallySources.value[topic] ?? [];
            return sources.map((source) => (
              <li key={source.url}>
                {t(`topics.${topic}`)}:{" "}
                <a href={source.url} rel="noopener">
                  {source.title[locale]}
                </a>
              </li>
            ));
          })}
        </ul>
        <p className="mt-2 print:hidden">
          <a href={`/${locale}/help`}>{t("check.helpLink")}</a>
        </p>
        <FactSource fact={rightsComparison} locale={locale} />
        {/* The printed page must stay one A4 sheet: the second source line is for the screen. */}
        <div className="print:hidden">
          <FactSource fact={vdabRegistration} locale={locale} />
        </div>
      </section>
    </>
  );
}
