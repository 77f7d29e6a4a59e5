import "server-only";
import { protectSplits } from "@/domain/figures/disclosure-control";
import {
  shownShare,
  suppressSmall,
  smallNumberThreshold,
  type ShownCount,
} from "@/domain/figures/small-numbers";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";

type Row = { key: string; count: number };
export type QuestionFigures = {
  municipalityOnly: boolean;
  /** Administrators see exact counts; everyone else sees small ones hidden. */
  exact: boolean;
  perTopic: { key: string; count: ShownCount }[];
  perRegion: { key: string; count: ShownCount }[];
  perMonth: { key: string; count: ShownCount }[];
  medianHours: number | null;
  p90Hours: number | null;
  withinTarget: number | null;
};

/**
 * Figures on questions: per topic, region and month (Brussels time), median and 90th percentile
 * hours to the first answer, and the share answered within target. Administrators and advisers see
 * all; a municipality officer sees their own municipality. Outside the administrators' view counts
 * under 5 are shown as "< 5" and the three splits of one total are protected together, so no hidden
 * count comes back by subtraction (disclosure-control.ts); times are only given over 5 answers or more.
 */
export async function questionFigures(actor: Actor): Promise<QuestionFigures> {
  await authorize(actor, "questions.figures", { type: "QuestionFigures" });
  const municipalityOnly = actor.role === "MUNICIPALITY_OFFICER";
  // An officer whose organisation has no municipality sees no questions at all.
  const where = municipalityOnly
    ? Prisma.sql`WHERE q."municipalityNis" = ${actor.municipalityNis ?? ""}`
    : Prisma.sql`WHERE true`;
  const grouped = (expression: Prisma.Sql) =>
    db().$queryRaw<
      Row[]
    >`SELECT ${expression} AS key, count(*)::int AS count FROM "Question" q ${where} GROUP BY 1 ORDER BY 1`;
  const [perTopic, perRegion, perMonth, timing] = await Promise.all([
    grouped(Prisma.sql`q."topic"::text`),
    grouped(Prisma.sql`q."region"::text`),
    grouped(Prisma.sql`to_char(q."createdAt" AT TIME ZONE 'Europe/Brussels', 'YYYY-MM')`),
    db().$queryRaw<
      { answered: number; median: number | null; p90: number | null; due: number; within: number }[]
    >`
      SELECT count(q."firstAnsweredAt")::int AS answered,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM q."firstAnsweredAt" - q."createdAt") / 3600) AS median,
        percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM q."firstAnsweredAt" - q."createdAt") / 3600) AS p90,
        count(*) FILTER (WHERE q."firstAnsweredAt" IS NOT NULL OR q."firstAnswerDueAt" < now())::int AS due,
        count(*) FILTER (WHERE q."firstAnsweredAt" <= q."firstAnswerDueAt")::int AS within
      FROM "Question" q ${where}`,
  ]);
  const exact = actor.role === "ADMIN";
  const shown = (count: number): ShownCount => (exact ? count : suppressSmall(count));
  const splits = [perTopic, perRegion, perMonth];
  const protectedSplits = exact
    ? splits.map((rows) => rows.map((row) => row.count))
    : protectSplits(splits.map((rows) => rows.map((row) => row.count)));
  const [topicCounts, regionCounts, monthCounts] = protectedSplits.map((split, s) =>
    splits[s]!.map((row, i) => ({ key: row.key, count: split[i]! })),
  );
  const totals = timing[0] ?? { answered: 0, median: null, p90: null, due: 0, within: 0 };
  const enough = exact || totals.answered >= smallNumberThreshold;
  await recordAudit(db(), actor, "READ", { type: "QuestionFigures" }, { municipalityOnly });
  return {
    municipalityOnly,
    exact,
    perTopic: topicCounts!,
    perRegion: regionCounts!,
    perMonth: monthCounts!,
    medianHours: enough && totals.median !== null ? Math.round(Number(totals.median)) : null,
    p90Hours: enough && totals.p90 !== null ? Math.round(Number(totals.p90)) : null,
    withinTarget: shownShare(shown(totals.within), shown(totals.due)),
  };
}
