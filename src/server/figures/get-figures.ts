import "server-only";
import { monthSpan, placeFrom, type FiguresPlace, type MonthSpan } from "@/domain/figures/figures-query";
import { protectGroup, protectMonth, protectTotal, unsafeMonths } from "@/domain/figures/disclosure-control";
import { shownShare, suppressSmall, withheldLabel, type ShownCount } from "@/domain/figures/small-numbers";
import { brusselsDate } from "@/domain/time/brussels";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";
import { AppError } from "../errors";
import { loadExactFigures, monthCountKeys, type ExactFigures, type MonthCountKey } from "./load-figures";

export type Shown<T> = {
  [K in keyof T]: T[K] extends number ? ShownCount : T[K] extends number | null ? ShownCount | null : T[K];
};

export type ShownFigures = {
  place: FiguresPlace;
  placeName: string | null;
  span: MonthSpan;
  exact: boolean;
  months: Shown<ExactFigures["months"][number]>[];
  totals: Record<MonthCountKey, ShownCount>;
  shareInNationalRegister: number | null;
  referralsByTypeAndStatus: Shown<Omit<ExactFigures["referralsByTypeAndStatus"][number], "perMonth">>[];
  nt2Demand: Shown<Omit<ExactFigures["nt2Demand"][number], "perMonth">>[];
  officialVsRecorded: Shown<ExactFigures["officialVsRecorded"][number]>[];
};

/** Only administrators see exact small counts; everyone else gets "< 5", applied here on the server. */
export const seesExactCounts = (actor: Actor) => actor.role === "ADMIN";

/**
 * The place an actor's figures are about: a municipality officer's own municipality, always, from
 * their account (whatever the URL says); an administrator's choice.
 */
export function placeForActor(actor: Actor, requested: string | undefined): FiguresPlace {
  if (actor.role === "ADMIN") return placeFrom(requested);
  if (!actor.municipalityNis) throw new AppError("FORBIDDEN");
  return { kind: "municipality", nisCode: actor.municipalityNis };
}

export async function getFigures(
  actor: Actor,
  query: { from?: string; to?: string; place?: string },
  now = new Date(),
): Promise<ShownFigures> {
  await authorize(actor, "figures.read", { type: "Figures" });
  const place = placeForActor(actor, query.place);
  const span = monthSpan(query, brusselsDate(now).slice(0, 7));
  const [exact, municipality] = await Promise.all([
    loadExactFigures(place, span),
    place.kind === "municipality"
      ? db().municipality.findUnique({ where: { nisCode: place.nisCode }, select: { nameNl: true } })
      : null,
  ]);
  if (place.kind === "municipality" && !municipality) throw new AppError("NOT_FOUND");
  await recordAudit(
    db(),
    actor,
    "READ",
    {
      type: "Figures",
      id: place.kind === "municipality" ? place.nisCode : place.kind === "region" ? place.region : "all",
    },
    { from: span.from, to: span.to },
  );
  return showFigures(exact, {
    place,
    placeName: municipality?.nameNl ?? null,
    span,
    exact: seesExactCounts(actor),
  });
}

/** Turns exact figures into what the actor may see (complementary suppression unless exact). */
export function showFigures(
  figures: ExactFigures,
  meta: { place: FiguresPlace; placeName: string | null; span: MonthSpan; exact: boolean },
): ShownFigures {
  const months = figures.months.map(({ month, ...counts }) => ({
    month,
    ...(meta.exact ? counts : protectMonth(counts, monthRelations)),
  }));
  const totals = Object.fromEntries(
    monthCountKeys.map((key) => [
      key,
      meta.exact
        ? figures.totals[key]
        : protectTotal(
            figures.months.map((row) => row[key]),
            months.map((row) => row[key]),
          ),
    ]),
  ) as Record<MonthCountKey, ShownCount>;
  const unsafe = unsafeMonths([figures.referralsByTypeAndStatus, figures.nt2Demand]);
  const group = (row: { count: number; perMonth: number[] }): ShownCount =>
    meta.exact ? row.count : protectGroup(row, unsafe);
  const show = (count: number): ShownCount => (meta.exact ? count : suppressSmall(count));
  const showNullable = (count: number | null) => (count === null ? null : show(count));
  // A running total since the start gives each month's exact count by subtracting its predecessor.
  const running = (count: number): ShownCount => (meta.exact ? count : withheldLabel);
  return {
    ...meta,
    months,
    totals,
    shareInNationalRegister: shownShare(totals.inNationalRegister, totals.persons),
    referralsByTypeAndStatus: figures.referralsByTypeAndStatus.map(({ perMonth, ...row }) => ({
      ...row,
      count: group({ count: row.count, perMonth }),
    })),
    nt2Demand: figures.nt2Demand.map(({ perMonth, ...row }) => ({
      ...row,
      count: group({ count: row.count, perMonth }),
    })),
    officialVsRecorded: figures.officialVsRecorded.map((row) => ({
      month: row.month,
      officialDate: row.officialDate,
      certificates: showNullable(row.certificates),
      officialRegistered: showNullable(row.officialRegistered),
      recordedPersons: running(row.recordedPersons),
      recordedInNationalRegister: running(row.recordedInNationalRegister),
    })),
  };
}

/** Counts that are parts of another count in the same month (the remainder is never published). */
const monthRelations = [
  { whole: "persons", parts: ["inNationalRegister"] },
  { whole: "registrations", parts: ["attended", "noShow"] },
] as const satisfies readonly { whole: MonthCountKey; parts: readonly MonthCountKey[] }[];
