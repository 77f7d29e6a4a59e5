import "server-only";
import type { ExportColumn, FiguresExport } from "@/domain/figures/export-table";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";
import { compareMunicipalities } from "./compare-municipalities";
import { getFigures } from "./get-figures";

export const exportTables = ["months", "referrals", "nt2", "official", "comparison"] as const;
export type ExportTable = (typeof exportTables)[number];

const count = (field: string, header: string): ExportColumn => ({ field, header, kind: "count" });

/** Headers are keys of the `figures` messages, the same the page's tables use. */
const columnsOf: Record<ExportTable, readonly ExportColumn[]> = {
  months: [
    { field: "month", header: "months.month", kind: "text" },
    count("persons", "totals.persons"),
    count("inNationalRegister", "totals.inNationalRegister"),
    count("registrations", "totals.registrations"),
    count("attended", "totals.attended"),
    count("noShow", "totals.noShow"),
    count("intakes", "totals.intakes"),
    count("referrals", "totals.referrals"),
  ],
  referrals: [
    { field: "type", header: "referrals.type", kind: "code", codes: "referralType" },
    { field: "status", header: "referrals.status", kind: "code", codes: "referralStatus" },
    count("count", "referrals.count"),
  ],
  nt2: [
    { field: "intendedStay", header: "nt2.intendedStay", kind: "code", codes: "intendedStay" },
    { field: "cvoProfile", header: "nt2.cvoProfile", kind: "yesNo" },
    { field: "digitallySkilled", header: "nt2.digitallySkilled", kind: "yesNo" },
    count("count", "nt2.count"),
  ],
  official: [
    { field: "month", header: "official.month", kind: "text" },
    { field: "officialDate", header: "official.officialDate", kind: "text" },
    count("certificates", "official.certificates"),
    count("officialRegistered", "official.officialRegistered"),
    count("recordedPersons", "official.recordedPersons"),
    count("recordedInNationalRegister", "official.recordedInNationalRegister"),
  ],
  comparison: [
    { field: "nisCode", header: "export.nisCode", kind: "text" },
    { field: "name", header: "compare.municipality", kind: "text" },
    { field: "region", header: "compare.region", kind: "code", codes: "region" },
    count("persons", "compare.persons"),
    count("inNationalRegister", "compare.inNationalRegister"),
    count("registrations", "compare.registrations"),
    count("attended", "compare.attended"),
    count("intakes", "compare.intakes"),
    count("referrals", "compare.referrals"),
    count("officialCertificates", "compare.officialCertificates"),
    count("officialRegistered", "compare.officialRegistered"),
  ],
};

/**
 * A figures table for export, with exactly the numbers the actor's page shows ("< 5" and withheld
 * counts included for non-administrators): the export goes through the same suppression as the
 * screen. The app layer writes it in the reader's words (`figuresCsv`).
 */
export async function exportFigures(
  actor: Actor,
  table: ExportTable,
  query: { from?: string; to?: string; place?: string },
  now = new Date(),
): Promise<FiguresExport> {
  await authorize(actor, "figures.read", { type: "Figures" });
  let rows: FiguresExport["rows"];
  let label: string;
  if (table === "comparison") {
    const comparison = await compareMunicipalities(actor, query, now);
    rows = comparison.rows;
    label = `${comparison.span.from}_${comparison.span.to}`;
  } else {
    const figures = await getFigures(actor, query, now);
    const place =
      figures.place.kind === "municipality"
        ? figures.place.nisCode
        : figures.place.kind === "region"
          ? figures.place.region
          : "all";
    label = `${place}_${figures.span.from}_${figures.span.to}`;
    rows = {
      months: figures.months,
      referrals: figures.referralsByTypeAndStatus,
      nt2: figures.nt2Demand,
      official: figures.officialVsRecorded,
    }[table];
  }
  await recordAudit(db(), actor, "EXPORT", { type: "Figures", id: table }, { label });
  return { fileName: `welkom-figures-${table}-${label}.csv`, columns: columnsOf[table], rows };
}
