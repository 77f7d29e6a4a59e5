import "server-only";
import { revalidatePath } from "next/cache";
import { brusselsDate } from "@/domain/time/brussels";
import { factCatalogue, type FactId, type FactPage } from "@/domain/facts/catalogue";
import { editedFact, type FactChangeInput } from "@/domain/facts/fact-change";
import type { Fact } from "@/domain/facts/fact";
import type { FactChange } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { recordAudit } from "../audit";
import { db } from "../db";
import { AppError } from "../errors";
import { factOfRow, snapshotOf } from "./fact-rows";

/** Revalidates one page route (all locales): Next's revalidatePath by default, a recorder in tests. */
export type PageRevalidator = (routePattern: string, type: "page") => void;

/** The route of a public page in every locale, as revalidatePath expects it. */
export const routeOf = (page: FactPage) => `/[locale]${page}`;

/**
 * Publishes one change to a fact: the new current value, a FactVersion with the whole fact before and
 * after, and an audit event, in one transaction; then regenerates exactly the public pages that show
 * the fact (their static copies, in every locale). Other instances follow within their revalidate
 * interval (30 s).
 */
export async function changeFact(
  actor: Actor,
  input: FactChangeInput,
  revalidate: PageRevalidator = revalidatePath,
  now: Date = new Date(),
): Promise<{ version: number; pages: readonly FactPage[] }> {
  await authorize(actor, "facts.manage", { type: "Fact", id: input.factId });
  const id: FactId = input.factId;
  const entry = factCatalogue[id];
  const today = brusselsDate(now);

  const version = await db().$transaction(async (tx) => {
    // Serialises changes to one fact, also its very first one (when no row exists to lock yet).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`fact:${id}`}))`;
    const row = await tx.fact.findUnique({ where: { id } });
    const current = row?.version ?? 0;
    if (input.expectedVersion !== current) throw new AppError("STALE_EDIT");
    const before: Fact<unknown> =
      row && entry.schema.safeParse(row.value).success ? factOfRow(row) : entry.initial;

    let after: Fact<unknown>;
    let change: FactChange;
    if (input.kind === "edit") {
      const edited = editedFact(id, input.value, input.source, input.confidence, today);
      // The issues name paths in the fact's JSON and zod's words: for the content editor, not translated.
      if (!edited.ok)
        throw new AppError(
          "INVALID_INPUT",
          "factValueInvalid",
          { value: ["factValueInvalid"] },
          { issues: edited.issues.join("; ") },
        );
      after = edited.fact;
      change = "EDIT";
    } else if (input.kind === "checked") {
      after = { ...before, checkedOn: today };
      change = "CHECKED";
    } else {
      const undone = await tx.factVersion.findUnique({
        where: { factId_number: { factId: id, number: input.versionNumber } },
      });
      if (!undone) throw new AppError("NOT_FOUND");
      const restored = undone.before as unknown as Fact<unknown>;
      if (!entry.schema.safeParse(restored.value).success)
        throw new AppError("CONFLICT", "factValueOutdated");
      after = restored;
      change = "REVERT";
    }

    const next = current + 1;
    const data = {
      value: after.value as object,
      source: after.source as unknown as object,
      checkedOn: new Date(`${after.checkedOn}T00:00:00Z`),
      confidence: after.confidence,
      version: next,
    };
    await tx.fact.upsert({ where: { id }, create: { id, ...data }, update: data });
    await tx.factVersion.create({
      data: {
        factId: id,
        number: next,
        change,
        before: snapshotOf(before),
        after: snapshotOf(after),
        changedById: actor.userId,
      },
    });
    const changed = (["value", "source", "checkedOn", "confidence"] as const).filter(
      (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
    );
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Fact", id },
      {
        version: next,
        change,
        fields: changed,
        ...(input.kind === "revert" ? { reverted: input.versionNumber } : {}),
      },
    );
    return next;
  });

  for (const page of entry.pages) revalidate(routeOf(page), "page");
  return { version, pages: entry.pages };
}
