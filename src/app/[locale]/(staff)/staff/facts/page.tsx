import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { DataTable } from "@/components/ui/data-table";
import { Button } from "@/components/ui/button";
import { isFactId } from "@/domain/facts/catalogue";
import { calendarDate } from "@/domain/facts/iso-date";
import { confidences, isConfirmed } from "@/domain/facts/fact";
import { localeEndonyms, locales } from "@/domain/locale";
import { listFacts, listFactVersions } from "@/server/facts/list-facts";
import { editFactAction, markCheckedAction, revertAction } from "./actions";
import { FactEditForm } from "./fact-edit-form";
import { staffPage } from "../_page/staff-page";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const summary = (value: unknown) => {
  const json = JSON.stringify(value);
  return json.length > 140 ? `${json.slice(0, 140)}…` : json;
};
const outcomes = ["stale", "notFound", "conflict"] as const;

const page = staffPage({ permission: "facts.manage", title: "facts.title" });
export const generateMetadata = page.metadata;

/** Every public fact with its value, source, check date, age and confidence; one fact opened for editing. */
export default page.render(async function FactsPage({ locale, actor, searchParams: query }) {
  const t = await getTranslations({ locale, namespace: "facts" });
  const format = await getFormatter({ locale });
  const longDate = (iso: string) => format.dateTime(calendarDate(iso), { dateStyle: "medium" });
  const facts = await listFacts(actor);
  const selectedId = first(query.fact);
  const selected = isFactId(selectedId) ? facts.find((overview) => overview.id === selectedId) : undefined;
  const error = outcomes.find((outcome) => outcome === first(query.error));

  if (selected) {
    const { fact } = selected;
    const versions = await listFactVersions(actor, selected.id);
    return (
      <>
        <p>
          <a href={`/${locale}/staff/facts`}>{t("detail.back")}</a>
        </p>
        <h1>{t("detail.heading", { name: t(`names.${selected.id}`) })}</h1>
        {first(query.saved) && <Notice>{t("saved")}</Notice>}
        {error && <Notice kind="error">{t(`errors.${error}`)}</Notice>}
        <dl className="mt-4 grid gap-x-4 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("columns.checkedOn")}</dt>
          <dd data-testid="fact-checked-on">
            {longDate(fact.checkedOn)} ({t("ageMonths", { months: selected.ageMonths })})
          </dd>
          <dt className="font-semibold">{t("columns.confidence")}</dt>
          <dd>{t(`confidence.${fact.confidence}`)}</dd>
          <dt className="font-semibold">{t("columns.pages")}</dt>
          <dd>
            {selected.pages.length > 0
              ? selected.pages.map((page) => `/${locale}${page}`).join(", ")
              : t("noPages")}
          </dd>
        </dl>

        <section aria-labelledby="checked">
          <h2 id="checked">{t("detail.checkedHeading")}</h2>
          <p className="mt-2">{t("detail.checkedIntro")}</p>
          <form action={markCheckedAction.bind(null, locale)}>
            <input type="hidden" name="factId" value={selected.id} />
            <input type="hidden" name="expectedVersion" value={selected.version} />
            <Button type="submit" variant="secondary" className="mt-4">
              {t("detail.checkedToday")}
            </Button>
          </form>
        </section>

        <section aria-labelledby="edit">
          <h2 id="edit">{t("detail.editHeading")}</h2>
          <p className="mt-2">{t("detail.editIntro")}</p>
          <FactEditForm
            action={editFactAction.bind(null, locale, selected.id, selected.version)}
            initial={{
              value: JSON.stringify(fact.value, null, 2),
              titles: fact.source.title,
              url: fact.source.url,
              publishedOn: fact.source.publishedOn ?? "",
              confidence: fact.confidence,
            }}
            labels={{
              value: t("detail.value"),
              valueHint: t("detail.valueHint"),
              sourceTitle: Object.fromEntries(
                locales.map((code) => [code, t("detail.sourceTitle", { locale: localeEndonyms[code] })]),
              ),
              sourceUrl: t("detail.sourceUrl"),
              sourcePublishedOn: t("detail.sourcePublishedOn"),
              confidence: t("detail.confidence"),
              confidenceOptions: Object.fromEntries(
                confidences.map((level) => [level, t(`confidence.${level}`)]),
              ),
              publish: t("detail.publish"),
            }}
          />
        </section>

        <section aria-labelledby="versions">
          <h2 id="versions">{t("detail.versionsHeading")}</h2>
          {versions.length === 0 ? (
            <p className="mt-2">{t("detail.noVersions")}</p>
          ) : (
            <ol className="mt-2 space-y-4">
              {versions.map((version) => (
                <li key={version.number} className="rounded border border-slate-300 p-3">
                  <p className="font-semibold">
                    {t("detail.version", {
                      number: version.number,
                      change: t(`detail.changes.${version.change}`),
                      who: version.changedBy,
                      when: format.dateTime(version.changedAt, { dateStyle: "medium", timeStyle: "short" }),
                    })}
                  </p>
                  <dl className="mt-1 text-sm">
                    <dt className="font-semibold">{t("detail.before")}</dt>
                    <dd className="font-mono break-all">
                      {summary(version.before.value)} · {version.before.checkedOn} ·{" "}
                      {version.before.confidence}
                    </dd>
                    <dt className="font-semibold">{t("detail.after")}</dt>
                    <dd className="font-mono break-all">
                      {summary(version.after.value)} · {version.after.checkedOn} · {version.after.confidence}
                    </dd>
                  </dl>
                  <form action={revertAction.bind(null, locale)}>
                    <input type="hidden" name="factId" value={selected.id} />
                    <input type="hidden" name="expectedVersion" value={selected.version} />
                    <input type="hidden" name="versionNumber" value={version.number} />
                    <Button type="submit" variant="secondary" className="mt-4">
                      {t("detail.revert")}
                    </Button>
                  </form>
                </li>
              ))}
            </ol>
          )}
        </section>
      </>
    );
  }

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-3">{t("intro")}</p>
      <DataTable
        label={t("title")}
        className="mt-4"
        dense
        rows={facts}
        rowKey={({ id }) => id}
        columns={[
          {
            header: t("columns.fact"),
            rowHeader: true,
            cell: ({ id, version, storedValueIgnored }) => (
              <>
                <a href={`/${locale}/staff/facts?fact=${id}`} className="font-semibold">
                  {t(`names.${id}`)}
                </a>
                {version === 0 && <span className="block text-slate-700">{t("initialValue")}</span>}
                {storedValueIgnored && <span className="block text-red-800">{t("storedValueIgnored")}</span>}
              </>
            ),
          },
          {
            header: t("columns.value"),
            className: "font-mono break-all",
            cell: ({ fact }) => summary(fact.value),
          },
          {
            header: t("columns.source"),
            cell: ({ fact }) => (
              <>
                <a href={fact.source.url} rel="noopener">
                  {fact.source.title[locale]}
                </a>
                {fact.source.publishedOn && ` (${longDate(fact.source.publishedOn)})`}
              </>
            ),
          },
          { header: t("columns.checkedOn"), cell: ({ fact }) => longDate(fact.checkedOn) },
          { header: t("columns.age"), cell: ({ ageMonths }) => t("ageMonths", { months: ageMonths }) },
          {
            header: t("columns.confidence"),
            cell: ({ fact }) => (
              <span className={isConfirmed(fact) ? undefined : "font-semibold text-red-800"}>
                {t(`confidence.${fact.confidence}`)}
              </span>
            ),
          },
        ]}
      />
    </>
  );
});
