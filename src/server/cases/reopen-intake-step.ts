import "server-only";
import { z } from "zod";
import { intakeSteps } from "@/domain/cases/intake-input";
import { expectedVersion } from "@/domain/versioned";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { denyAsNotFound } from "../auth/deny";
import { intakeScope } from "../auth/scopes";
import { db } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../parse-input";

const reopenInput = z.object({ step: z.enum(intakeSteps, "invalid") });

/**
 * Opens one step of a completed intake for a change ("wijzigen"): the intake stays completed and
 * read-only elsewhere, and the change is an explicit, audited act rather than an always-open form.
 * Opening another step closes the one opened before. Conditional on the version the caseworker saw.
 */
export async function reopenIntakeStep(
  actor: Actor,
  input: { intakeId: string; step: unknown; version: unknown },
): Promise<{ version: number }> {
  const { intakeId } = input;
  await authorize(actor, "intakes.write", { type: "Intake", id: intakeId });
  const { step } = parseInput(reopenInput, { step: input.step });
  const version = expectedVersion.safeParse(input.version);
  return db().$transaction(async (tx) => {
    const intake = await tx.intake.findFirst({
      where: { id: intakeId, ...intakeScope(actor) },
      select: { id: true, status: true, personId: true },
    });
    if (!intake) return denyAsNotFound(actor, { type: "Intake", id: intakeId }, { action: "reopen", step });
    if (intake.status !== "COMPLETED") throw new AppError("CONFLICT");
    if (!version.success) throw new AppError("STALE_EDIT");
    const claimed = await tx.intake.updateMany({
      where: { id: intake.id, version: version.data, status: "COMPLETED" },
      data: { reopenedStep: step, version: { increment: 1 } },
    });
    if (claimed.count === 0) throw new AppError("STALE_EDIT");
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Intake", id: intake.id },
      { step, fields: ["reopenedStep"], personId: intake.personId },
    );
    return { version: version.data + 1 };
  });
}
