import "server-only";
import type { FiguresPlace, MonthSpan } from "@/domain/figures/figures-query";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { monthBoundaries, placeCondition, spanBounds } from "./figures-sql";

export const monthCountKeys = [
  "persons",
  "inNationalRegister",
  "registrations",
  "attended",
  "noShow",
  "intakes",
  "referrals",
] as const;
export type MonthCountKey = (typeof monthCountKeys)[number];
export type MonthCounts = { month: string } & Record<MonthCountKey, number>;

export type ExactFigures = {
  months: MonthCounts[];
  totals: Record<MonthCountKey, number>;
  /** Per group, the total over the span and its monthly cells (for complementary suppression). */
  referralsByTypeAndStatus: { type: string; status: string; count: number; perMonth: number[] }[];
  nt2Demand: {
    intendedStay: string;
    cvoProfile: boolean;
    digitallySkilled: boolean;
    count: number;
    perMonth: number[];
  }[];
  officialVsRecorded: {
    month: string;
    officialDate: string | null;
    certificates: number | null;
    officialRegistered: number | null;
    recordedPersons: number;
    recordedInNationalRegister: number;
  }[];
};

/**
 * Exact figures for a place and span, counted by PostgreSQL (GROUP BY and date_trunc over indexed
 * columns) so that no personal row is loaded into the server. Callers decide what to suppress.
 */
export async function loadExactFigures(place: FiguresPlace, span: MonthSpan): Promise<ExactFigures> {
  const { lo, hi, loDate, hiDate } = spanBounds(span);
  const { months: spanMonths, instants, dates } = monthBoundaries(span);
  const bucket = (column: string) => Prisma.sql`width_bucket(${Prisma.raw(column)}, ${instants})`;
  const personPlace = placeCondition(place, `p."municipalityNis"`);
  const client = db();

  const [persons, registrations, intakes, referrals, byTypeStatus, demand, official, recorded] =
    await Promise.all([
      client.$queryRaw<{ bucket: number; persons: number; inNationalRegister: number }[]>`
      SELECT ${bucket(`p."createdAt"`)} AS bucket, count(*)::int AS persons, count(*) FILTER (WHERE p."inNationalRegister")::int AS "inNationalRegister"
      FROM "Person" p WHERE p."createdAt" >= ${lo} AND p."createdAt" < ${hi} AND ${personPlace} GROUP BY 1`,
      client.$queryRaw<{ bucket: number; registrations: number; attended: number; noShow: number }[]>`
      SELECT ${bucket(`r."createdAt"`)} AS bucket,
        count(*) FILTER (WHERE r."status" <> 'CANCELLED')::int AS registrations,
        count(*) FILTER (WHERE r."status" = 'ATTENDED')::int AS attended,
        count(*) FILTER (WHERE r."status" = 'NO_SHOW')::int AS "noShow"
      FROM "Registration" r WHERE r."createdAt" >= ${lo} AND r."createdAt" < ${hi} AND ${placeCondition(place, `r."municipalityNis"`)} GROUP BY 1`,
      client.$queryRaw<{ bucket: number; intakes: number }[]>`
      SELECT ${bucket(`i."createdAt"`)} AS bucket, count(*)::int AS intakes
      FROM "Intake" i JOIN "Person" p ON p."id" = i."personId" WHERE i."createdAt" >= ${lo} AND i."createdAt" < ${hi} AND ${personPlace} GROUP BY 1`,
      client.$queryRaw<{ bucket: number; referrals: number }[]>`
      SELECT ${bucket(`r."createdAt"`)} AS bucket, count(*)::int AS referrals
      FROM "Referral" r JOIN "Person" p ON p."id" = r."personId" WHERE r."createdAt" >= ${lo} AND r."createdAt" < ${hi} AND ${personPlace} GROUP BY 1`,
      client.$queryRaw<{ type: string; status: string; bucket: number; count: number }[]>`
      SELECT r."type"::text AS type, r."status"::text AS status, ${bucket(`r."createdAt"`)} AS bucket, count(*)::int AS count
      FROM "Referral" r JOIN "Person" p ON p."id" = r."personId" WHERE r."createdAt" >= ${lo} AND r."createdAt" < ${hi} AND ${personPlace}
      GROUP BY 1, 2, 3 ORDER BY 1, 2`,
      client.$queryRaw<
        {
          intendedStay: string;
          cvoProfile: boolean;
          digitallySkilled: boolean;
          bucket: number;
          count: number;
        }[]
      >`
      SELECT n."intendedStay"::text AS "intendedStay", n."cvoProfile", n."digitallySkilled", ${bucket(`r."createdAt"`)} AS bucket, count(*)::int AS count
      FROM "Nt2Profile" n JOIN "Referral" r ON r."id" = n."referralId" JOIN "Person" p ON p."id" = r."personId"
      WHERE r."createdAt" >= ${lo} AND r."createdAt" < ${hi} AND ${personPlace}
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3`,
      // Each municipality's latest official row in each month, summed over the place.
      client.$queryRaw<
        { month: string; officialDate: string; certificates: number; officialRegistered: number }[]
      >`
      SELECT latest.month, to_char(max(latest."date"), 'YYYY-MM-DD') AS "officialDate", sum(latest."certificates")::int AS certificates, sum(latest."registered")::int AS "officialRegistered"
      FROM (
        SELECT DISTINCT ON (o."municipalityNis", date_trunc('month', o."date")) to_char(o."date", 'YYYY-MM') AS month, o."date", o."certificates", o."registered"
        FROM "OfficialFigure" o WHERE o."date" >= ${loDate} AND o."date" < ${hiDate} AND ${placeCondition(place, `o."municipalityNis"`)}
        ORDER BY o."municipalityNis", date_trunc('month', o."date"), o."date" DESC
      ) latest GROUP BY latest.month`,
      // Persons recorded and registered per month bucket (0: before the span), for running totals.
      client.$queryRaw<{ bucket: number; recorded: number; registered: number }[]>`
      SELECT bucket, sum(recorded)::int AS recorded, sum(registered)::int AS registered FROM (
        SELECT ${bucket(`p."createdAt"`)} AS bucket, count(*) AS recorded, 0 AS registered
        FROM "Person" p WHERE p."createdAt" < ${hi} AND ${personPlace} GROUP BY 1
        UNION ALL
        SELECT width_bucket(coalesce(p."nationalRegisterDate", p."createdAt"::date), ${dates}), 0, count(*)
        FROM "Person" p WHERE p."inNationalRegister" AND coalesce(p."nationalRegisterDate", p."createdAt"::date) < ${hiDate} AND ${personPlace} GROUP BY 1
      ) counts GROUP BY bucket`,
    ]);

  const months = spanMonths.map((month): MonthCounts => ({
    month,
    persons: 0,
    inNationalRegister: 0,
    registrations: 0,
    attended: 0,
    noShow: 0,
    intakes: 0,
    referrals: 0,
  }));
  for (const rows of [persons, registrations, intakes, referrals] as { bucket: number }[][]) {
    for (const { bucket: index, ...counts } of rows) {
      const target = months[index - 1];
      if (target) Object.assign(target, counts);
    }
  }
  const totals = Object.fromEntries(
    monthCountKeys.map((key) => [key, months.reduce((sum, row) => sum + row[key], 0)]),
  ) as Record<MonthCountKey, number>;

  const officialByMonth = new Map(official.map((row) => [row.month, row]));
  const runningTotal = { recordedPersons: 0, recordedInNationalRegister: 0 };
  const byBucket = new Map(recorded.map((row) => [row.bucket, row]));
  const before = byBucket.get(0);
  runningTotal.recordedPersons += before?.recorded ?? 0;
  runningTotal.recordedInNationalRegister += before?.registered ?? 0;
  const officialVsRecorded = spanMonths.map((month, i) => {
    const inMonth = byBucket.get(i + 1);
    runningTotal.recordedPersons += inMonth?.recorded ?? 0;
    runningTotal.recordedInNationalRegister += inMonth?.registered ?? 0;
    const off = officialByMonth.get(month);
    return {
      month,
      officialDate: off?.officialDate ?? null,
      certificates: off?.certificates ?? null,
      officialRegistered: off?.officialRegistered ?? null,
      ...runningTotal,
    };
  });

  return {
    months,
    totals,
    referralsByTypeAndStatus: groupByMonth(byTypeStatus, spanMonths.length, (row) => ({
      type: row.type,
      status: row.status,
    })),
    nt2Demand: groupByMonth(demand, spanMonths.length, (row) => ({
      intendedStay: row.intendedStay,
      cvoProfile: row.cvoProfile,
      digitallySkilled: row.digitallySkilled,
    })),
    officialVsRecorded,
  };
}

/** Folds (group, month bucket, count) rows into one row per group with its total and monthly cells. */
function groupByMonth<R extends { bucket: number; count: number }, G extends Record<string, unknown>>(
  rows: R[],
  monthCount: number,
  groupOf: (row: R) => G,
): (G & { count: number; perMonth: number[] })[] {
  const groups = new Map<string, G & { count: number; perMonth: number[] }>();
  for (const row of rows) {
    const group = groupOf(row);
    const key = JSON.stringify(group);
    const entry = groups.get(key) ?? { ...group, count: 0, perMonth: Array<number>(monthCount).fill(0) };
    entry.count += row.count;
    entry.perMonth[row.bucket - 1] = (entry.perMonth[row.bucket - 1] ?? 0) + row.count;
    groups.set(key, entry);
  }
  return [...groups.values()];
}
