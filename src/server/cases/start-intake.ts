import "server-only";
import { intakeStartInput } from "@/domain/cases/intake-input";
import { toDbDate } from "@/domain/cases/form-fields";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { parseInput } from "../parse-input";
import { personScope } from "../auth/scopes";

/**
 * Opens a draft intake for a person. It belongs to the person's organisation (read from the
 * person's record) and is conducted by the actor. A person with a draft already gets that draft
 * back (`resumed`): a second draft would split one conversation over two records.
 */
export async function startIntake(
  actor: Actor,
  personId: string,
  input: unknown,
): Promise<{ id: string; resumed: boolean }> {
  await authorize(actor, "intakes.write", { type: "Intake" });
  const { conductedOn } = parseInput(intakeStartInput, input);
  return db().$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { id: personId, ...personScope(actor) },
      select: { id: true, organisationId: true, householdId: true },
    });
    if (!person) return denyAsNotFound(actor, { type: "Person", id: personId }, { action: "startIntake" });
    const draft = await tx.intake.findFirst({
      where: { personId: person.id, organisationId: person.organisationId, status: "DRAFT" },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (draft) return { id: draft.id, resumed: true };
    const intake = await tx.intake.create({
      data: {
        personId: person.id,
        householdId: person.householdId,
        organisationId: person.organisationId,
        caseworkerId: actor.userId,
        conductedOn: toDbDate(conductedOn),
      },
      select: { id: true },
    });
    await tx.person.update({ where: { id: person.id }, data: { lastActivityAt: new Date() } });
    await recordAudit(tx, actor, "CREATE", { type: "Intake", id: intake.id }, { personId: person.id });
    return { id: intake.id, resumed: false };
  });
}
