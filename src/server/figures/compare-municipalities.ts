import "server-only";
import { monthSpan, type MonthSpan } from "@/domain/figures/figures-query";
import { brusselsDate } from "@/domain/time/brussels";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";
import { spanBounds } from "./figures-sql";

export type MunicipalityComparisonRow = {
  nisCode: string;
  name: string;
  region: string;
  persons: number;
  inNationalRegister: number;
  registrations: number;
  attended: number;
  intakes: number;
  referrals: number;
  officialCertificates: number | null;
  officialRegistered: number | null;
};

/** Administrators only: every municipality side by side over a span, exact, one grouped query per source. */
export async function compareMunicipalities(
  actor: Actor,
  query: { from?: string; to?: string },
  now = new Date(),
): Promise<{ span: MonthSpan; rows: MunicipalityComparisonRow[] }> {
  await authorize(actor, "figures.compare", { type: "Figures" });
  const span = monthSpan(query, brusselsDate(now).slice(0, 7));
  const { lo, hi, hiDate } = spanBounds(span);
  const rows = await db().$queryRaw<MunicipalityComparisonRow[]>`
    WITH persons AS (
      SELECT p."municipalityNis" AS nis, count(*)::int AS persons, count(*) FILTER (WHERE p."inNationalRegister")::int AS registered
      FROM "Person" p WHERE p."createdAt" >= ${lo} AND p."createdAt" < ${hi} GROUP BY 1
    ), registrations AS (
      SELECT r."municipalityNis" AS nis, count(*) FILTER (WHERE r."status" <> 'CANCELLED')::int AS registrations, count(*) FILTER (WHERE r."status" = 'ATTENDED')::int AS attended
      FROM "Registration" r WHERE r."createdAt" >= ${lo} AND r."createdAt" < ${hi} GROUP BY 1
    ), intakes AS (
      SELECT p."municipalityNis" AS nis, count(*)::int AS intakes
      FROM "Intake" i JOIN "Person" p ON p."id" = i."personId" WHERE i."createdAt" >= ${lo} AND i."createdAt" < ${hi} GROUP BY 1
    ), referrals AS (
      SELECT p."municipalityNis" AS nis, count(*)::int AS referrals
      FROM "Referral" r JOIN "Person" p ON p."id" = r."personId" WHERE r."createdAt" >= ${lo} AND r."createdAt" < ${hi} GROUP BY 1
    ), official AS (
      SELECT DISTINCT ON (o."municipalityNis") o."municipalityNis" AS nis, o."certificates", o."registered"
      FROM "OfficialFigure" o WHERE o."date" < ${hiDate} ORDER BY o."municipalityNis", o."date" DESC
    )
    SELECT m."nisCode", m."nameNl" AS name, m."region"::text AS region,
      coalesce(persons.persons, 0) AS persons, coalesce(persons.registered, 0) AS "inNationalRegister",
      coalesce(registrations.registrations, 0) AS registrations, coalesce(registrations.attended, 0) AS attended,
      coalesce(intakes.intakes, 0) AS intakes, coalesce(referrals.referrals, 0) AS referrals,
      official."certificates" AS "officialCertificates", official."registered" AS "officialRegistered"
    FROM "Municipality" m
      LEFT JOIN persons ON persons.nis = m."nisCode" LEFT JOIN registrations ON registrations.nis = m."nisCode"
      LEFT JOIN intakes ON intakes.nis = m."nisCode" LEFT JOIN referrals ON referrals.nis = m."nisCode"
      LEFT JOIN official ON official.nis = m."nisCode"
    ORDER BY m."region", m."nameNl"`;
  await recordAudit(
    db(),
    actor,
    "READ",
    { type: "Figures", id: "comparison" },
    { from: span.from, to: span.to },
  );
  return { span, rows };
}
