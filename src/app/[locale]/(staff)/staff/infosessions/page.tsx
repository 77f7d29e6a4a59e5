import { getFormatter, getTranslations } from "next-intl/server";
import { parseCatalogueFilter } from "@/domain/infosessions/catalogue-filter";
import { infosessionSeries, regions } from "@/domain/infosessions/topics";
import { locales } from "@/domain/locale";
import { displayTimeZone } from "@/domain/time/brussels";
import { listSessionsForAdmin } from "@/server/infosessions/admin/read-sessions";
import { DataTable } from "@/components/ui/data-table";
import { staffPage } from "../_page/staff-page";
import { Button, primaryLinkClass } from "@/components/ui/button";
import { languageName } from "@/components/infosessions/session-choices";

const page = staffPage({ permission: "infosessions.manage", title: "sessionsAdmin.list.title" });
export const generateMetadata = page.metadata;

export default page.render(async function StaffInfosessionsPage({ locale, actor, searchParams }) {
  const includePast = searchParams.past === "1";
  const filter = parseCatalogueFilter(searchParams);
  const sessions = await listSessionsForAdmin(actor, { includePast, filter });
  const t = await getTranslations({ locale, namespace: "sessionsAdmin.list" });
  const publicT = await getTranslations({ locale, namespace: "infosessions" });
  const format = await getFormatter();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-4 flex flex-wrap gap-4">
        <a href={`/${locale}/staff/infosessions/new`} className={primaryLinkClass()}>
          {t("new")}
        </a>
        {includePast ? null : <a href={`/${locale}/staff/infosessions?past=1`}>{t("showPast")}</a>}
      </p>
      <form
        method="get"
        action={`/${locale}/staff/infosessions`}
        aria-label={t("filters")}
        className="mt-4 flex flex-wrap items-end gap-4"
      >
        {includePast ? <input type="hidden" name="past" value="1" /> : null}
        <FilterSelect
          name="series"
          label={publicT("catalogue.series")}
          any={publicT("catalogue.any")}
          value={filter.series}
          options={infosessionSeries.map((series) => [series, publicT(`seriesName.${series}`)])}
        />
        <FilterSelect
          name="language"
          label={publicT("catalogue.language")}
          any={publicT("catalogue.any")}
          value={filter.language}
          options={locales.map((language) => [language, languageName(locale, language)])}
        />
        <FilterSelect
          name="region"
          label={publicT("catalogue.region")}
          any={publicT("catalogue.any")}
          value={filter.region}
          options={regions.map((region) => [region, publicT(`regionName.${region}`)])}
        />
        <div>
          <label htmlFor="filter-from" className="block">
            {publicT("catalogue.from")}
          </label>
          <input
            id="filter-from"
            name="from"
            type="date"
            defaultValue={filter.from ?? ""}
            className="mt-1 rounded border border-slate-500 p-2"
          />
        </div>
        <Button type="submit" variant="secondary">
          {publicT("catalogue.apply")}
        </Button>
        <a href={`/${locale}/staff/infosessions`}>{publicT("catalogue.reset")}</a>
      </form>
      <DataTable
        label={t("title")}
        className="mt-4"
        empty={t("empty")}
        rows={sessions}
        rowKey={(session) => session.id}
        columns={[
          {
            header: t("when"),
            cell: (session) => (
              <a href={`/${locale}/staff/infosessions/${session.id}`}>
                {format.dateTime(session.startsAt, {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: displayTimeZone,
                })}
              </a>
            ),
          },
          {
            header: t("session"),
            cell: (session) => publicT("sessionTitle", { region: session.region, series: session.series }),
          },
          { header: t("language"), cell: (session) => languageName(locale, session.language) },
          { header: t("seats"), cell: (session) => `${session.seatsTaken} / ${session.capacity}` },
          { header: t("waitlist"), cell: (session) => session.waitlistSeats },
          {
            header: t("status"),
            cell: (session) => (session.status === "CANCELLED" ? t("cancelledBadge") : ""),
          },
        ]}
      />
    </>
  );
});

function FilterSelect({
  name,
  label,
  any,
  value,
  options,
}: {
  name: string;
  label: string;
  any: string;
  value: string | undefined;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block">
        {label}
      </label>
      <select
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 rounded border border-slate-500 bg-white p-2"
      >
        <option value="">{any}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
