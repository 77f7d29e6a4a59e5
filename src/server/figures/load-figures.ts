import "server-only";
import { monthsOf, type FiguresPlace, type MonthSpan } from "@/domain/figures/figures-query";
import { db } from "../db";
import { brusselsMonth, placeCondition, spanBounds } from "./figures-sql";

export const monthCountKeys = ["persons", "inNationalRegister", "registrations", "attended", "noShow", "intakes", "referrals"] as const;
export type MonthCountKey = (typeof monthCountKeys)[number];
export type MonthCounts = { month: string } & Record<MonthCountKey, number>;

export type ExactFigures = {
  months: MonthCounts[];
  totals: Record<MonthCountKey, number>;
  referralsByTypeAndStatus: { type: string; status: string; count: number }[];
  nt2Demand: { intendedStay: string; cvoProfile: boolean; digitallySkilled: boolean; count: number }[];
  officialVsRecorded: { month: string; officialDate: string | null; certificates: number | null; officialRegistered: number | null; recordedPersons: number; recordedInNationalRegister: number }[];
};

/**
 * Exact figures for a place and span, counted by PostgreSQL (GROUP BY and date_trunc over indexed
 * columns) so that no personal row is loaded into the server. Callers decide what to suppress.
 */
export async function loadExactFigures(place: FiguresPlace, span: MonthSpan): Promise<ExactFigures> {
  const { lo, hi, loDate, hiDate } = spanBounds(span);
  const personPlace = placeCondition(place, `p."municipalityNis"`);
  const client = db();

  const [persons, registrations, intakes, referrals, byTypeStatus, demand, official, recorded] = await Promise.all([
    client.$queryRaw<{ month: string; persons: number; inNationalRegister: number }[]>`
      SELECT ${brusselsMonth(`p."createdAt"`)} AS month, count(*)::int AS persons, count(*) FILTER (WHERE p."inNationalRegister")::int AS "inNationalRegister"
      FROM "Person" p WHERE p."createdAt" >= ${lo} AND p."createdAt" < ${hi} AND ${personPlace} GROUP BY 1`,
    client.$queryRaw<{ month: string; registrations: number; attended: number; noShow: number }[]>`
      SELECT ${brusselsMonth(`r."createdAt"`)} AS month,
        count(*) FILTER (WHERE r."status" <> 'CANCELLED')::int AS registrations,
        count(*) FILTER (WHERE r."status" = 'ATTENDED')::int AS attended,
        count(*) FILTER (WHERE r."status" = 'NO_SHOW')::int AS "noShow"
      FROM "Registration" r WHERE r."createdAt" >= ${lo} AND r."createdAt" < ${hi} AND ${placeCondition(place, `r."municipalityNis"`)} GROUP BY 1`,
    client.$queryRaw<{ month: string; intakes: number }[]>`
      SELECT ${brusselsMonth(`i."createdAt"`)} AS month, count(*)::int AS intakes
      FROM "Intake" i JOIN "Person" p ON p."id" = i."personId" WHERE i."createdAt" >= ${lo} AND i."createdAt" < ${hi} AND ${personPlace} GROUP BY 1`,
    client.$queryRaw<{ month: string; referrals: number }[]>`
      SELECT ${brusselsMonth(`r."createdAt"`)} AS month, count(*)::int AS referrals
      FROM "Referral" r JOIN "Person" p ON p."id" = r."personId" WHERE r."createdAt" >= ${lo} AND r."createdAt" < ${hi} AND ${personPlace} GROUP BY 1`,
    client.$queryRaw<{ type: string; status: string; count: number }[]>`
      SELECT r."type"::text AS type, r."status"::text AS status, count(*)::int AS count
      FROM "Referral" r JOIN "Person" p ON p."id" = r."personId" WHERE r."createdAt" >= ${lo} AND r."createdAt" < ${hi} AND ${personPlace}
      GROUP BY 1, 2 ORDER BY 1, 2`,
    client.$queryRaw<{ intendedStay: string; cvoProfile: boolean; digitallySkilled: boolean; count: number }[]>`
      SELECT n."intendedStay"::text AS "intendedStay", n."cvoProfile", n."digitallySkilled", count(*)::int AS count
      FROM "Nt2Profile" n JOIN "Referral" r ON r."id" = n."referralId" JOIN "Person" p ON p."id" = r."personId"
      WHERE r."createdAt" >= ${lo} AND r."createdAt" < ${hi} AND ${personPlace}
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    // Each municipality's latest official row in each month, summed over the place.
    client.$queryRaw<{ month: string; officialDate: string; certificates: number; officialRegistered: number }[]>`
      SELECT latest.month, to_char(max(latest."date"), 'YYYY-MM-DD') AS "officialDate", sum(latest."certificates")::int AS certificates, sum(latest."registered")::int AS "officialRegistered"
      FROM (
        SELECT DISTINCT ON (o."municipalityNis", date_trunc('month', o."date")) to_char(o."date", 'YYYY-MM') AS month, o."date", o."certificates", o."registered"
        FROM "OfficialFigure" o WHERE o."date" >= ${loDate} AND o."date" < ${hiDate} AND ${placeCondition(place, `o."municipalityNis"`)}
        ORDER BY o."municipalityNis", date_trunc('month', o."date"), o."date" DESC
      ) latest GROUP BY latest.month`,
    // Running totals of persons recorded and registered, up to the end of each month.
    client.$queryRaw<{ month: string; recordedPersons: number; recordedInNationalRegister: number }[]>`
      SELECT month, (sum(recorded) OVER w)::int AS "recordedPersons", (sum(registered) OVER w)::int AS "recordedInNationalRegister"
      FROM (
        SELECT month, sum(recorded) AS recorded, sum(registered) AS registered FROM (
          SELECT ${brusselsMonth(`p."createdAt"`)} AS month, count(*) AS recorded, 0 AS registered
          FROM "Person" p WHERE p."createdAt" < ${hi} AND ${personPlace} GROUP BY 1
          UNION ALL
          SELECT to_char(coalesce(p."nationalRegisterDate", p."createdAt"::date), 'YYYY-MM'), 0, count(*)
          FROM "Person" p WHERE p."inNationalRegister" AND coalesce(p."nationalRegisterDate", p."createdAt"::date) < ${hiDate} AND ${personPlace} GROUP BY 1
        ) counts GROUP BY month
      ) monthly WINDOW w AS (ORDER BY month)`,
  ]);

  const months = monthsOf(span).map((month): MonthCounts => ({
    month,
    persons: 0,
    inNationalRegister: 0,
    registrations: 0,
    attended: 0,
    noShow: 0,
    intakes: 0,
    referrals: 0,
  }));
  const byMonth = new Map(months.map((row) => [row.month, row]));
  for (const rows of [persons, registrations, intakes, referrals] as { month: string }[][]) {
    for (const row of rows) {
      const target = byMonth.get(row.month);
      if (target) Object.assign(target, { ...row, month: target.month });
    }
  }
  const totals = Object.fromEntries(monthCountKeys.map((key) => [key, months.reduce((sum, row) => sum + row[key], 0)])) as Record<MonthCountKey, number>;

  const officialByMonth = new Map(official.map((row) => [row.month, row]));
  let carried = { recordedPersons: 0, recordedInNationalRegister: 0 };
  const recordedSorted = [...recorded].sort((a, b) => a.month.localeCompare(b.month));
  const officialVsRecorded = monthsOf(span).map((month) => {
    for (const row of recordedSorted) if (row.month <= month) carried = { recordedPersons: row.recordedPersons, recordedInNationalRegister: row.recordedInNationalRegister };
    const off = officialByMonth.get(month);
    return { month, officialDate: off?.officialDate ?? null, certificates: off?.certificates ?? null, officialRegistered: off?.officialRegistered ?? null, ...carried };
  });

  return { months, totals, referralsByTypeAndStatus: byTypeStatus, nt2Demand: demand, officialVsRecorded };
}

