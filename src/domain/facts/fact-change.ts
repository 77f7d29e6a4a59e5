import { z } from "zod";
import { confidenceSchema, sourceSchema } from "./catalogue";
import { factCatalogue, isFactId, type FactId } from "./catalogue";
import type { Fact } from "./fact";

const factId = z.string().refine(isFactId, "unknown") as unknown as z.ZodType<FactId>;
const expectedVersion = z.coerce.number().int().min(0);

/**
 * What an editor can do to a fact: publish a new value, source and confidence (after checking the
 * source, so the check date becomes today), confirm that it is still right ("checked today"), or
 * undo one earlier change. `expectedVersion` is the version the editor saw: a change made meanwhile
 * by someone else is refused rather than overwritten.
 */
export const factChangeInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("edit"),
    factId,
    expectedVersion,
    value: z.unknown(),
    source: sourceSchema,
    confidence: confidenceSchema,
  }),
  z.object({ kind: z.literal("checked"), factId, expectedVersion }),
  z.object({
    kind: z.literal("revert"),
    factId,
    expectedVersion,
    versionNumber: z.coerce.number().int().min(1),
  }),
]);
export type FactChangeInput = z.infer<typeof factChangeInput>;

/** The edited fact, or the reason its value does not fit (a message key per issue path). */
export function editedFact(
  id: FactId,
  value: unknown,
  source: Fact<unknown>["source"],
  confidence: Fact<unknown>["confidence"],
  today: string,
) {
  const parsed = factCatalogue[id].schema.safeParse(value);
  if (!parsed.success)
    return {
      ok: false as const,
      issues: parsed.error.issues.map((issue) => `${issue.path.join(".") || "value"}: ${issue.message}`),
    };
  return {
    ok: true as const,
    fact: { value: parsed.data, source, checkedOn: today, confidence } satisfies Fact<unknown>,
  };
}
