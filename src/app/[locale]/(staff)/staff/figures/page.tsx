import { getFormatter, getTranslations } from "next-intl/server";
import { figuresQueryInput } from "@/domain/figures/figures-query";
import { withheldLabel, type ShownCount } from "@/domain/figures/small-numbers";
import { can } from "@/domain/permissions";
import { DataTable } from "@/components/ui/data-table";
import { compareMunicipalities } from "@/server/figures/compare-municipalities";
import { getFigures } from "@/server/figures/get-figures";
import { monthCountKeys } from "@/server/figures/load-figures";
import { listMunicipalitiesForFigures } from "@/server/figures/list-municipalities";
import { groupByProvince } from "@/domain/municipalities/groups";
import { BarChart } from "./bar-chart";
import { orNotFound, staffPage } from "../_page/staff-page";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

type MonthRow = Awaited<ReturnType<typeof getFigures>>["months"][number];
type ComparisonRow = NonNullable<Awaited<ReturnType<typeof compareMunicipalities>>>["rows"][number];

/** Counts line up on the right. */
const number = "text-right tabular-nums";

const page = staffPage({
  permission: "figures.read",
  title: "figures.page.title",
  path: () => "/staff/figures",
});
export const generateMetadata = page.metadata;

export default page.render(async function FiguresPage({ locale, actor, searchParams: raw }) {
  const t = await getTranslations({ locale, namespace: "figures" });
  const tr = await getTranslations({ locale, namespace: "referrals.options" });
  const format = await getFormatter();
  const parsed = figuresQueryInput.safeParse({
    from: raw.from || undefined,
    to: raw.to || undefined,
    place: raw.place || undefined,
  });
  const query = parsed.success ? parsed.data : {};
  const compare = can(actor.role, "figures.compare");
  const [figures, municipalities, comparison] = await Promise.all([
    // An administrator's unknown municipality code in the URL is a 404, not an error page.
    orNotFound(getFigures(actor, query)),
    compare ? listMunicipalitiesForFigures(actor) : null,
    compare ? compareMunicipalities(actor, query) : null,
  ]);
  const count = (value: ShownCount | null) =>
    value === null
      ? t("official.none")
      : typeof value === "number"
        ? format.number(value)
        : value === withheldLabel
          ? t("page.withheld")
          : value;
  const monthLabel = (month: string) =>
    format.dateTime(new Date(`${month}-15T12:00:00Z`), { year: "numeric", month: "short" });
  const placeValue =
    figures.place.kind === "municipality"
      ? figures.place.nisCode
      : figures.place.kind === "region"
        ? figures.place.region
        : "all";
  const exportHref = (table: string) =>
    `/${locale}/staff/figures/export?${new URLSearchParams({ table, from: figures.span.from, to: figures.span.to, ...(compare ? { place: placeValue } : {}) })}`;
  const download = (table: string) => (
    <p className="mt-2">
      <a href={exportHref(table)} download>
        {t("page.download")}
      </a>
    </p>
  );

  // No persons leaves nothing to divide; otherwise a missing share was hidden, and says why.
  const share =
    figures.shareInNationalRegister !== null
      ? {
          value: format.number(figures.shareInNationalRegister, {
            style: "percent",
            maximumFractionDigits: 1,
          }),
        }
      : figures.totals.persons === 0
        ? { value: t("official.none") }
        : { value: t("totals.shareUnknown"), note: t("totals.shareUnknownNote") };

  // A reversed range (December to January) is said, not silently replaced by the default span.
  const reversedRange = !parsed.success && Boolean(raw.from && raw.to && raw.from > raw.to);
  // Months where every count is exactly zero are listed in one line instead of rows of zeros.
  const isEmptyMonth = (row: MonthRow) => monthCountKeys.every((key) => row[key] === 0);
  const shownMonths = figures.months.filter((row) => !isEmptyMonth(row));
  const emptyMonths = figures.months.filter(isEmptyMonth).map((row) => monthLabel(row.month));

  return (
    <div className="space-y-2" data-wide>
      <h1>{t("page.title")}</h1>
      {reversedRange && <Notice kind="error">{t("page.reversedRange")}</Notice>}
      <p>
        {figures.exact ? t("page.intro") : t("page.introOfficer", { municipality: figures.placeName ?? "" })}
      </p>
      {!figures.exact && (
        <p className="text-sm">
          {t("page.suppressedNote")} {t("page.withheldNote")}
        </p>
      )}
      {can(actor.role, "figures.import") && (
        <p>
          <a href={`/${locale}/staff/figures/import`}>{t("page.import")}</a>
        </p>
      )}

      <form
        method="get"
        className="mt-4 flex flex-wrap items-end gap-3 rounded border border-slate-300 p-3"
        aria-label={t("page.filters")}
      >
        <p>
          <label htmlFor="from" className="block font-semibold">
            {t("page.from")}
          </label>
          <input
            id="from"
            name="from"
            type="month"
            defaultValue={figures.span.from}
            className="mt-1 rounded border border-slate-500 p-2"
          />
        </p>
        <p>
          <label htmlFor="to" className="block font-semibold">
            {t("page.to")}
          </label>
          <input
            id="to"
            name="to"
            type="month"
            defaultValue={figures.span.to}
            className="mt-1 rounded border border-slate-500 p-2"
          />
        </p>
        {municipalities && (
          <p>
            <label htmlFor="place" className="block font-semibold">
              {t("page.place")}
            </label>
            <select
              id="place"
              name="place"
              defaultValue={placeValue}
              className="mt-1 rounded border border-slate-500 p-2"
            >
              <option value="all">{t("page.allPlaces")}</option>
              <option value="FLANDERS">{t("page.regionFlanders")}</option>
              <option value="BRUSSELS">{t("page.regionBrussels")}</option>
              {groupByProvince(municipalities).map((group) => (
                <optgroup
                  key={group.province ?? "BRUSSELS"}
                  label={group.province ?? t("page.regionBrussels")}
                >
                  {group.municipalities.map((m) => (
                    <option key={m.nisCode} value={m.nisCode}>{`${m.name} (${m.nisCode})`}</option>
                  ))}
                </optgroup>
              ))}
            </select>
          </p>
        )}
        <Button type="submit">{t("page.apply")}</Button>
      </form>

      <h2>
        {t("totals.title")}{" "}
        <span className="text-base font-normal">
          ({t("page.period", { from: monthLabel(figures.span.from), to: monthLabel(figures.span.to) })})
        </span>
      </h2>
      <dl className="mt-2 grid gap-3 sm:grid-cols-3">
        {(
          [
            [t("totals.persons"), count(figures.totals.persons)],
            [t("totals.inNationalRegister"), count(figures.totals.inNationalRegister)],
            [t("totals.share"), share.value, share.note],
            [t("totals.registrations"), count(figures.totals.registrations)],
            [t("totals.attended"), count(figures.totals.attended)],
            [t("totals.noShow"), count(figures.totals.noShow)],
            [t("totals.intakes"), count(figures.totals.intakes)],
            [t("totals.referrals"), count(figures.totals.referrals)],
          ] satisfies [string, string, string?][]
        ).map(([label, value, note]) => (
          <div key={label} className="rounded border border-slate-300 p-3">
            <dt className="text-sm">{label}</dt>
            <dd className="text-2xl font-bold">{value}</dd>
            {note && <dd className="mt-1 text-sm">{note}</dd>}
          </div>
        ))}
      </dl>

      <h2>{t("months.title")}</h2>
      <BarChart
        id="persons-chart"
        title={t("months.chartTitle")}
        description={t("months.chartDescription")}
        categories={figures.months.map((row) => row.month)}
        series={[
          { label: t("totals.persons"), color: "#0b5d8a", values: figures.months.map((row) => row.persons) },
          {
            label: t("totals.inNationalRegister"),
            color: "#b45309",
            values: figures.months.map((row) => row.inNationalRegister),
          },
        ]}
        suppressedLabel={t("months.suppressedBar")}
        withheldLabel={t("page.withheld")}
      />
      <DataTable
        label={t("months.title")}
        rows={shownMonths}
        empty={t("months.allEmpty")}
        rowKey={(row) => row.month}
        columns={[
          { header: t("months.month"), rowHeader: true, cell: (row) => monthLabel(row.month) },
          ...monthCountKeys.map((key) => ({
            header: t(`totals.${key}`),
            className: number,
            cell: (row: MonthRow) => count(row[key]),
          })),
        ]}
      />
      {emptyMonths.length > 0 && shownMonths.length > 0 && (
        <p className="text-sm">{t("months.emptyMonths", { months: emptyMonths.join(", ") })}</p>
      )}
      {download("months")}

      <h2>{t("official.title")}</h2>
      <p>{t("official.intro")}</p>
      <DataTable
        label={t("official.title")}
        rows={figures.officialVsRecorded}
        rowKey={(row) => row.month}
        columns={[
          { header: t("official.month"), rowHeader: true, cell: (row) => monthLabel(row.month) },
          { header: t("official.certificates"), className: number, cell: (row) => count(row.certificates) },
          {
            header: t("official.recordedPersons"),
            className: number,
            cell: (row) => count(row.recordedPersons),
          },
          {
            header: t("official.officialRegistered"),
            className: number,
            cell: (row) => count(row.officialRegistered),
          },
          {
            header: t("official.recordedInNationalRegister"),
            className: number,
            cell: (row) => count(row.recordedInNationalRegister),
          },
        ]}
      />
      {download("official")}

      <h2>{t("referrals.title")}</h2>
      <DataTable
        label={t("referrals.title")}
        empty={t("referrals.empty")}
        rows={figures.referralsByTypeAndStatus}
        rowKey={(row) => `${row.type}-${row.status}`}
        columns={[
          { header: t("referrals.type"), cell: (row) => tr(`type.${row.type as "NT2"}`) },
          { header: t("referrals.status"), cell: (row) => tr(`status.${row.status as "SENT"}`) },
          { header: t("referrals.count"), className: number, cell: (row) => count(row.count) },
        ]}
      />
      {download("referrals")}

      <h2>{t("nt2.title")}</h2>
      <DataTable
        label={t("nt2.title")}
        empty={t("nt2.empty")}
        rows={figures.nt2Demand}
        rowKey={(row) => `${row.intendedStay}-${row.cvoProfile}-${row.digitallySkilled}`}
        columns={[
          {
            header: t("nt2.intendedStay"),
            cell: (row) => tr(`intendedStay.${row.intendedStay as "QUICK_RETURN"}`),
          },
          { header: t("nt2.cvoProfile"), cell: (row) => (row.cvoProfile ? tr("yes") : tr("no")) },
          { header: t("nt2.digitallySkilled"), cell: (row) => (row.digitallySkilled ? tr("yes") : tr("no")) },
          { header: t("nt2.count"), className: number, cell: (row) => count(row.count) },
        ]}
      />
      {download("nt2")}

      {comparison && (
        <>
          <h2>{t("compare.title")}</h2>
          <p>{t("compare.onlyWithFigures")}</p>
          <DataTable
            label={t("compare.title")}
            dense
            rows={comparison.rows.filter(hasFigures)}
            rowKey={(row) => row.nisCode}
            columns={[
              {
                header: t("compare.municipality"),
                rowHeader: true,
                cell: (row) => `${row.name} (${row.nisCode})`,
              },
              ...(
                [
                  "persons",
                  "inNationalRegister",
                  "registrations",
                  "attended",
                  "intakes",
                  "referrals",
                  "officialCertificates",
                  "officialRegistered",
                ] as const
              ).map((key) => ({
                header: t(`compare.${key}`),
                className: number,
                cell: (row: ComparisonRow) => count(row[key]),
              })),
            ]}
          />
          {download("comparison")}
        </>
      )}
    </div>
  );
});

/** Of the 304 municipalities, the table shows those with anything to compare; the CSV has them all. */
const hasFigures = (row: {
  persons: number;
  registrations: number;
  intakes: number;
  referrals: number;
  officialCertificates: number | null;
}) => row.persons + row.registrations + row.intakes + row.referrals > 0 || row.officialCertificates !== null;
