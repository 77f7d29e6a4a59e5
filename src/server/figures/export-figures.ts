import "server-only";
import { toCsv, type CsvCell } from "@/domain/csv/write";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";
import { compareMunicipalities } from "./compare-municipalities";
import { getFigures } from "./get-figures";

export const exportTables = ["months", "referrals", "nt2", "official", "comparison"] as const;
export type ExportTable = (typeof exportTables)[number];

/**
 * A figures table as CSV, with exactly the numbers the actor's page shows ("< 5" included for
 * non-administrators): the export goes through the same suppression as the screen.
 */
export async function exportFiguresCsv(
  actor: Actor,
  table: ExportTable,
  query: { from?: string; to?: string; place?: string },
  now = new Date(),
): Promise<{ fileName: string; csv: string }> {
  await authorize(actor, "figures.read", { type: "Figures" });
  let header: string[];
  let rows: CsvCell[][];
  let label: string;
  if (table === "comparison") {
    const comparison = await compareMunicipalities(actor, query, now);
    header = [
      "nis_code",
      "municipality",
      "region",
      "persons",
      "in_national_register",
      "registrations",
      "attended",
      "intakes",
      "referrals",
      "official_certificates",
      "official_registered",
    ];
    rows = comparison.rows.map((row) => [
      row.nisCode,
      row.name,
      row.region,
      row.persons,
      row.inNationalRegister,
      row.registrations,
      row.attended,
      row.intakes,
      row.referrals,
      row.officialCertificates,
      row.officialRegistered,
    ]);
    label = `${comparison.span.from}_${comparison.span.to}`;
  } else {
    const figures = await getFigures(actor, query, now);
    label = `${figures.place.kind === "municipality" ? figures.place.nisCode : figures.place.kind === "region" ? figures.place.region : "all"}_${figures.span.from}_${figures.span.to}`;
    if (table === "months") {
      header = [
        "month",
        "persons",
        "in_national_register",
        "registrations",
        "attended",
        "no_show",
        "intakes",
        "referrals",
      ];
      rows = figures.months.map((row) => [
        row.month,
        row.persons,
        row.inNationalRegister,
        row.registrations,
        row.attended,
        row.noShow,
        row.intakes,
        row.referrals,
      ]);
    } else if (table === "referrals") {
      header = ["type", "status", "count"];
      rows = figures.referralsByTypeAndStatus.map((row) => [row.type, row.status, row.count]);
    } else if (table === "nt2") {
      header = ["intended_stay", "cvo_profile", "digitally_skilled", "count"];
      rows = figures.nt2Demand.map((row) => [
        row.intendedStay,
        row.cvoProfile,
        row.digitallySkilled,
        row.count,
      ]);
    } else {
      header = [
        "month",
        "official_date",
        "official_certificates",
        "official_registered",
        "recorded_persons",
        "recorded_in_national_register",
      ];
      rows = figures.officialVsRecorded.map((row) => [
        row.month,
        row.officialDate,
        row.certificates,
        row.officialRegistered,
        row.recordedPersons,
        row.recordedInNationalRegister,
      ]);
    }
  }
  await recordAudit(db(), actor, "EXPORT", { type: "Figures", id: table }, { label });
  return { fileName: `welkom-figures-${table}-${label}.csv`, csv: toCsv(header, rows) };
}
