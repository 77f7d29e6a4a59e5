import "server-only";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { intakeScope } from "../auth/scopes";

/** Marks a draft intake as finished. Finishing twice is harmless. */
export async function completeIntake(actor: Actor, intakeId: string): Promise<void> {
  await authorize(actor, "intakes.write", { type: "Intake", id: intakeId });
  await db().$transaction(async (tx) => {
    const intake = await tx.intake.findFirst({
      where: { id: intakeId, ...intakeScope(actor) },
      select: { id: true, status: true, personId: true },
    });
    if (!intake) return denyAsNotFound(actor, { type: "Intake", id: intakeId }, { action: "complete" });
    if (intake.status === "COMPLETED") return;
    await tx.intake.update({
      where: { id: intake.id },
      data: { status: "COMPLETED", completedAt: new Date(), version: { increment: 1 } },
    });
    await tx.person.update({ where: { id: intake.personId }, data: { lastActivityAt: new Date() } });
    await recordAudit(tx, actor, "UPDATE", { type: "Intake", id: intake.id }, { fields: ["status"] });
  });
}
