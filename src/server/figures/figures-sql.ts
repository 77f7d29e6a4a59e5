import "server-only";
import { monthsOf, type FiguresPlace, type MonthSpan } from "@/domain/figures/figures-query";
import { fromBrusselsLocal } from "@/domain/time/brussels";
import { Prisma } from "../generated/prisma/client";

/** A `municipalityNis` column restricted to the place asked for. */
export function placeCondition(place: FiguresPlace, column: string): Prisma.Sql {
  const ref = Prisma.raw(column);
  switch (place.kind) {
    case "all":
      return Prisma.sql`TRUE`;
    case "region":
      return Prisma.sql`${ref} IN (SELECT "nisCode" FROM "Municipality" WHERE "region" = ${place.region}::"Region")`;
    case "municipality":
      return Prisma.sql`${ref} = ${place.nisCode}`;
  }
}

const nextMonth = (month: string) => {
  const [year, index] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, index, 1)).toISOString().slice(0, 7);
};

/** UTC wall time as PostgreSQL `timestamp` literal text (the columns are `timestamp(3)` holding UTC). */
const utcText = (at: Date) => at.toISOString().slice(0, 23).replace("T", " ");

/** The span's bounds: UTC timestamps of the first Brussels midnight in and after it, and the dates. */
export function spanBounds(span: MonthSpan) {
  const after = nextMonth(span.to);
  return {
    lo: Prisma.sql`${utcText(fromBrusselsLocal(`${span.from}-01T00:00`))}::timestamp`,
    hi: Prisma.sql`${utcText(fromBrusselsLocal(`${after}-01T00:00`))}::timestamp`,
    loDate: Prisma.sql`${`${span.from}-01`}::date`,
    hiDate: Prisma.sql`${`${after}-01`}::date`,
  };
}

/**
 * Month boundaries for `width_bucket`: bucket i (1-based) is the span's i-th month, 0 is before the
 * span. A binary search over a dozen boundaries per row is far cheaper than converting every row's
 * time zone, and keeps the Brussels month (a person recorded at 00:30 on the 1st belongs to that month).
 */
export function monthBoundaries(span: MonthSpan) {
  const months = monthsOf(span);
  const starts = [...months, nextMonth(span.to)];
  return {
    months,
    instants: Prisma.sql`${starts.map((month) => utcText(fromBrusselsLocal(`${month}-01T00:00`)))}::timestamp[]`,
    dates: Prisma.sql`${starts.map((month) => `${month}-01`)}::date[]`,
  };
}
