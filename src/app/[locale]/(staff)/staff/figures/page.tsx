import { getFormatter, getTranslations } from "next-intl/server";
import { figuresQueryInput } from "@/domain/figures/figures-query";
import { withheldLabel, type ShownCount } from "@/domain/figures/small-numbers";
import { can } from "@/domain/permissions";
import { ScrollRegion } from "@/components/staff/scroll-region";
import { compareMunicipalities } from "@/server/figures/compare-municipalities";
import { getFigures } from "@/server/figures/get-figures";
import { listMunicipalitiesForFigures } from "@/server/figures/list-municipalities";
import { groupByProvince } from "@/domain/municipalities/groups";
import { BarChart } from "./bar-chart";
import { orNotFound, staffPage } from "../_page/staff-page";
import { Button } from "@/components/ui/button";

const cell = "p-2 text-right tabular-nums";
const head = "p-2 text-left";

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

  return (
    <div className="space-y-2">
      <h1>{t("page.title")}</h1>
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
            [
              t("totals.share"),
              figures.shareInNationalRegister === null
                ? t("totals.shareUnknown")
                : format.number(figures.shareInNationalRegister, {
                    style: "percent",
                    maximumFractionDigits: 1,
                  }),
            ],
            [t("totals.registrations"), count(figures.totals.registrations)],
            [t("totals.attended"), count(figures.totals.attended)],
            [t("totals.noShow"), count(figures.totals.noShow)],
            [t("totals.intakes"), count(figures.totals.intakes)],
            [t("totals.referrals"), count(figures.totals.referrals)],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded border border-slate-300 p-3">
            <dt className="text-sm">{label}</dt>
            <dd className="text-2xl font-bold">{value}</dd>
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
      <ScrollRegion label={t("months.title")}>
        <table className="w-full border-collapse">
          <caption className="sr-only">{t("months.title")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className={head}>
                {t("months.month")}
              </th>
              <th scope="col" className={cell}>
                {t("totals.persons")}
              </th>
              <th scope="col" className={cell}>
                {t("totals.inNationalRegister")}
              </th>
              <th scope="col" className={cell}>
                {t("totals.registrations")}
              </th>
              <th scope="col" className={cell}>
                {t("totals.attended")}
              </th>
              <th scope="col" className={cell}>
                {t("totals.noShow")}
              </th>
              <th scope="col" className={cell}>
                {t("totals.intakes")}
              </th>
              <th scope="col" className={cell}>
                {t("totals.referrals")}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.months.map((row) => (
              <tr key={row.month} className="border-b border-slate-200">
                <th scope="row" className={head}>
                  {monthLabel(row.month)}
                </th>
                {[
                  row.persons,
                  row.inNationalRegister,
                  row.registrations,
                  row.attended,
                  row.noShow,
                  row.intakes,
                  row.referrals,
                ].map((value, i) => (
                  <td key={i} className={cell}>
                    {count(value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {download("months")}

      <h2>{t("official.title")}</h2>
      <p>{t("official.intro")}</p>
      <ScrollRegion label={t("official.title")}>
        <table className="w-full border-collapse">
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className={head}>
                {t("official.month")}
              </th>
              <th scope="col" className={cell}>
                {t("official.certificates")}
              </th>
              <th scope="col" className={cell}>
                {t("official.recordedPersons")}
              </th>
              <th scope="col" className={cell}>
                {t("official.officialRegistered")}
              </th>
              <th scope="col" className={cell}>
                {t("official.recordedInNationalRegister")}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.officialVsRecorded.map((row) => (
              <tr key={row.month} className="border-b border-slate-200">
                <th scope="row" className={head}>
                  {monthLabel(row.month)}
                </th>
                <td className={cell}>{count(row.certificates)}</td>
                <td className={cell}>{count(row.recordedPersons)}</td>
                <td className={cell}>{count(row.officialRegistered)}</td>
                <td className={cell}>{count(row.recordedInNationalRegister)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {download("official")}

      <h2>{t("referrals.title")}</h2>
      {figures.referralsByTypeAndStatus.length === 0 ? (
        <p>{t("referrals.empty")}</p>
      ) : (
        <table className="border-collapse">
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className={head}>
                {t("referrals.type")}
              </th>
              <th scope="col" className={head}>
                {t("referrals.status")}
              </th>
              <th scope="col" className={cell}>
                {t("referrals.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.referralsByTypeAndStatus.map((row) => (
              <tr key={`${row.type}-${row.status}`} className="border-b border-slate-200">
                <td className={head}>{tr(`type.${row.type as "NT2"}`)}</td>
                <td className={head}>{tr(`status.${row.status as "SENT"}`)}</td>
                <td className={cell}>{count(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {download("referrals")}

      <h2>{t("nt2.title")}</h2>
      {figures.nt2Demand.length === 0 ? (
        <p>{t("nt2.empty")}</p>
      ) : (
        <table className="border-collapse">
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className={head}>
                {t("nt2.intendedStay")}
              </th>
              <th scope="col" className={head}>
                {t("nt2.cvoProfile")}
              </th>
              <th scope="col" className={head}>
                {t("nt2.digitallySkilled")}
              </th>
              <th scope="col" className={cell}>
                {t("nt2.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.nt2Demand.map((row) => (
              <tr
                key={`${row.intendedStay}-${row.cvoProfile}-${row.digitallySkilled}`}
                className="border-b border-slate-200"
              >
                <td className={head}>{tr(`intendedStay.${row.intendedStay as "QUICK_RETURN"}`)}</td>
                <td className={head}>{row.cvoProfile ? tr("yes") : tr("no")}</td>
                <td className={head}>{row.digitallySkilled ? tr("yes") : tr("no")}</td>
                <td className={cell}>{count(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {download("nt2")}

      {comparison && (
        <>
          <h2>{t("compare.title")}</h2>
          <p>{t("compare.onlyWithFigures")}</p>
          <ScrollRegion label={t("compare.title")}>
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className={head}>
                    {t("compare.municipality")}
                  </th>
                  {(
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
                  ).map((key) => (
                    <th key={key} scope="col" className={cell}>
                      {t(`compare.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {comparison.rows.filter(hasFigures).map((row) => (
                  <tr key={row.nisCode} className="border-b border-slate-200">
                    <th scope="row" className={head}>{`${row.name} (${row.nisCode})`}</th>
                    {[
                      row.persons,
                      row.inNationalRegister,
                      row.registrations,
                      row.attended,
                      row.intakes,
                      row.referrals,
                      row.officialCertificates,
                      row.officialRegistered,
                    ].map((value, i) => (
                      <td key={i} className={cell}>
                        {count(value)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
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
