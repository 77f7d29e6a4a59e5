import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { SessionSummary } from "@/components/infosessions/session-summary";
import { parseCatalogueFilter } from "@/domain/infosessions/catalogue-filter";
import { infosessionSeries, regions } from "@/domain/infosessions/topics";
import { defaultLocale, localeEndonyms, locales } from "@/domain/locale";
import { displayTimeZone } from "@/domain/time/brussels";
import { resolveLocale } from "@/i18n/locale-param";
import { alternatesFor } from "@/i18n/metadata";
import { listUpcomingSessions } from "@/server/infosessions/catalogue";
import { Button, primaryLinkClass } from "@/components/ui/button";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "infosessions.catalogue" });
  return { title: t("title"), alternates: alternatesFor(locale, "/infosessions") };
}

export default async function InfosessionCataloguePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "infosessions" });
  const format = await getFormatter();
  const query = await searchParams;
  // Someone reading in Ukrainian, Russian or English is shown the sessions in that language until they
  // choose another (the form sends language= for "any"); the Dutch page is read by helpers too, so it
  // starts with all languages.
  const languageChosen = query.language !== undefined;
  const filter = {
    ...parseCatalogueFilter(query),
    ...(!languageChosen && locale !== defaultLocale ? { language: locale } : {}),
  };
  const page = pageOf(query.page);
  // One more than a page, to know whether there is a next one; short pages suit slow phones.
  const found = await listUpcomingSessions(
    filter,
    new Date(),
    pageSize + 1,
    (page - 1) * pageSize,
    "seriesFirst",
  );
  const sessions = found.slice(0, pageSize);
  const pageLink = (target: number) => {
    const params = new URLSearchParams(
      Object.entries(filter).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
    if (languageChosen && !filter.language) params.set("language", "");
    if (target > 1) params.set("page", String(target));
    const search = params.toString();
    return `/${locale}/infosessions${search ? `?${search}` : ""}`;
  };
  const select = "mt-1 block w-full rounded border border-slate-500 bg-white px-2 py-2";
  return (
    <>
      <h1>{t("catalogue.title")}</h1>
      <p className="mt-3 text-lg">{t("catalogue.intro")}</p>
      <p className="mt-3">{t("catalogue.seriesHint")}</p>

      <section aria-labelledby="filters-heading" className="mt-6 rounded-lg bg-brand-50 p-4">
        <h2 id="filters-heading" className="mt-0 text-xl">
          {t("catalogue.filtersHeading")}
        </h2>
        <form method="get" action={`/${locale}/infosessions`} className="mt-3 grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="filter-series">{t("catalogue.series")}</label>
            <select id="filter-series" name="series" defaultValue={filter.series ?? ""} className={select}>
              <option value="">{t("catalogue.any")}</option>
              {infosessionSeries.map((series) => (
                <option key={series} value={series}>
                  {t(`seriesName.${series}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-language">{t("catalogue.language")}</label>
            <select
              id="filter-language"
              name="language"
              defaultValue={filter.language ?? ""}
              className={select}
            >
              <option value="">{t("catalogue.any")}</option>
              {locales.map((language) => (
                <option key={language} value={language} lang={language}>
                  {localeEndonyms[language]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-region">{t("catalogue.region")}</label>
            <select id="filter-region" name="region" defaultValue={filter.region ?? ""} className={select}>
              <option value="">{t("catalogue.any")}</option>
              {regions.map((region) => (
                <option key={region} value={region}>
                  {t(`regionName.${region}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-from">{t("catalogue.from")}</label>
            <input
              id="filter-from"
              name="from"
              type="date"
              defaultValue={filter.from ?? ""}
              className={select}
            />
          </div>
          <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
            <Button type="submit">{t("catalogue.apply")}</Button>
            <a href={`/${locale}/infosessions`}>{t("catalogue.reset")}</a>
          </div>
        </form>
      </section>

      {!languageChosen && filter.language ? (
        <p className="mt-6">
          {t("catalogue.inYourLanguage", { language: localeEndonyms[filter.language] })}{" "}
          <a href={`/${locale}/infosessions?language=`}>{t("catalogue.allLanguages")}</a>
        </p>
      ) : null}
      {sessions.length === 0 ? (
        <p className="mt-6" role="status">
          {t("catalogue.empty")}
        </p>
      ) : null}
      <ul className="mt-4 grid gap-4">
        {sessions.map((session) => {
          const title = t("sessionTitle", { region: session.region, series: session.series });
          const date = format.dateTime(session.startsAt, { dateStyle: "long", timeZone: displayTimeZone });
          return (
            <li key={session.id} className="rounded-lg border border-slate-300 p-4" data-testid="infosession">
              <SessionSummary session={session}>
                <p className="mt-3">
                  <a
                    href={`/${locale}/infosessions/${session.id}/register`}
                    aria-label={t("catalogue.registerFor", { title, date })}
                    className={primaryLinkClass()}
                  >
                    {t("catalogue.register")}
                  </a>
                </p>
              </SessionSummary>
            </li>
          );
        })}
      </ul>
      {page > 1 || found.length > pageSize ? (
        <nav aria-label={t("catalogue.pages")} className="mt-6 flex flex-wrap gap-6">
          {page > 1 ? <a href={pageLink(page - 1)}>{t("catalogue.earlier")}</a> : null}
          {found.length > pageSize ? <a href={pageLink(page + 1)}>{t("catalogue.later")}</a> : null}
        </nav>
      ) : null}
    </>
  );
}

const pageSize = 12;

function pageOf(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= 100 ? page : 1;
}
