import "server-only";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { followUpsAssignedTo, personScope } from "../auth/scopes";

/** Marks a follow-up conversation as held. Only the assigned caseworker (or an administrator) can. */
export async function completeFollowUp(actor: Actor, followUpId: string): Promise<void> {
  await authorize(actor, "followUps.manage", { type: "FollowUp", id: followUpId });
  await db().$transaction(async (tx) => {
    const followUp = await tx.followUp.findFirst({
      where: { id: followUpId, status: "PLANNED", person: personScope(actor), ...followUpsAssignedTo(actor) },
      select: { id: true, personId: true },
    });
    if (!followUp) return denyAsNotFound(actor, { type: "FollowUp", id: followUpId }, { action: "complete" });
    await tx.followUp.update({ where: { id: followUp.id }, data: { status: "DONE", doneAt: new Date() } });
    await tx.person.update({ where: { id: followUp.personId }, data: { lastActivityAt: new Date() } });
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "FollowUp", id: followUp.id },
      { personId: followUp.personId, fields: ["status"] },
    );
  });
}
