import "server-only";
import { factCatalogue, factIds, type FactId, type FactPage } from "@/domain/facts/catalogue";
import { isConfirmed, type Fact } from "@/domain/facts/fact";
import { monthsSince } from "@/domain/facts/fact-set";
import { env } from "@/env";
import type { FactChange } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { factOfRow } from "./fact-rows";

export type FactOverview = {
  id: FactId;
  fact: Fact<unknown>;
  /** Number of the latest version; 0 while the fact still has its initial value from the code. */
  version: number;
  ageMonths: number;
  pages: readonly FactPage[];
  /** The stored value no longer fits the fact (a release changed its shape): pages show the initial value. */
  storedValueIgnored: boolean;
};

/** Unconfirmed facts first, then the oldest check first: the order a reviewer should work in. */
export const reviewOrder = (a: FactOverview, b: FactOverview) =>
  Number(isConfirmed(a.fact)) - Number(isConfirmed(b.fact)) ||
  a.fact.checkedOn.localeCompare(b.fact.checkedOn) ||
  a.id.localeCompare(b.id);

/** Every fact staff keep current, with its current value (stored, else the code's initial one). */
export async function listFacts(actor: Actor, today: Date = new Date()): Promise<FactOverview[]> {
  await authorize(actor, "facts.manage");
  const rows = await db().fact.findMany({
    select: { id: true, value: true, source: true, checkedOn: true, confidence: true, version: true },
  });
  const stored = new Map(rows.map((row) => [row.id, row]));
  return factIds
    .map((id) => {
      const entry = factCatalogue[id];
      const row = stored.get(id);
      const fits = row ? entry.schema.safeParse(row.value).success : false;
      const fact = row && fits ? factOfRow(row) : entry.initial;
      return {
        id,
        fact,
        version: row?.version ?? 0,
        ageMonths: monthsSince(fact.checkedOn, today),
        pages: entry.pages,
        storedValueIgnored: Boolean(row) && !fits,
      };
    })
    .sort(reviewOrder);
}

export type FactVersionView = {
  number: number;
  change: FactChange;
  changedAt: Date;
  changedBy: string;
  before: Fact<unknown>;
  after: Fact<unknown>;
};

/** One fact's history, newest first, with who made each change (name only). */
export async function listFactVersions(actor: Actor, id: FactId): Promise<FactVersionView[]> {
  await authorize(actor, "facts.manage", { type: "Fact", id });
  const versions = await db().factVersion.findMany({ where: { factId: id }, orderBy: { number: "desc" } });
  const names = new Map(
    (
      await db().user.findMany({
        where: { id: { in: [...new Set(versions.map((version) => version.changedById))] } },
        select: { id: true, name: true },
      })
    ).map((user) => [user.id, user.name]),
  );
  return versions.map((version) => ({
    number: version.number,
    change: version.change,
    changedAt: version.changedAt,
    changedBy: names.get(version.changedById) ?? "–",
    before: version.before as unknown as Fact<unknown>,
    after: version.after as unknown as Fact<unknown>,
  }));
}

/** For the staff dashboard: facts unconfirmed or checked `reviewMonths` (FACT_REVIEW_MONTHS) or more months ago. */
export async function factsNeedingReview(
  actor: Actor,
  today: Date = new Date(),
  reviewMonths: number = env().FACT_REVIEW_MONTHS,
): Promise<{ facts: FactOverview[]; reviewMonths: number }> {
  const facts = (await listFacts(actor, today)).filter(
    (overview) => !isConfirmed(overview.fact) || overview.ageMonths >= reviewMonths,
  );
  return { facts, reviewMonths };
}
