import "server-only";
import type { Confidence, Fact, Source } from "@/domain/facts/fact";
import type { Prisma } from "../generated/prisma/client";

type FactRow = {
  id: string;
  value: Prisma.JsonValue;
  source: Prisma.JsonValue;
  checkedOn: Date;
  confidence: Confidence;
};

/** A stored fact as the domain knows it (checkedOn as an ISO date). Its value is checked by mergeStoredFacts. */
export function factOfRow(row: FactRow): Fact<unknown> & { id: string } {
  return {
    id: row.id,
    value: row.value,
    source: row.source as unknown as Source,
    checkedOn: row.checkedOn.toISOString().slice(0, 10),
    confidence: row.confidence,
  };
}

/** What a FactVersion keeps of a fact: everything a page shows. */
export const snapshotOf = (fact: Fact<unknown>) =>
  ({
    value: fact.value,
    source: fact.source,
    checkedOn: fact.checkedOn,
    confidence: fact.confidence,
  }) as unknown as Prisma.InputJsonObject;
