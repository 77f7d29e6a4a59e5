import "server-only";
import { followUpDoneInput } from "@/domain/cases/follow-up-input";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { followUpsAssignedTo, personScope } from "../auth/scopes";
import { parseInput } from "../parse-input";

/**
 * Marks a follow-up conversation as held, with what came of it. Only the assigned caseworker (or an
 * administrator) can. Returns the person, so the caseworker can plan the next conversation.
 */
export async function completeFollowUp(actor: Actor, rawInput: unknown): Promise<{ personId: string }> {
  const input = parseInput(followUpDoneInput, rawInput);
  await authorize(actor, "followUps.manage", { type: "FollowUp", id: input.followUpId });
  return db().$transaction(async (tx) => {
    const followUp = await tx.followUp.findFirst({
      where: {
        id: input.followUpId,
        status: "PLANNED",
        person: personScope(actor),
        ...followUpsAssignedTo(actor),
      },
      select: { id: true, personId: true },
    });
    if (!followUp)
      return denyAsNotFound(actor, { type: "FollowUp", id: input.followUpId }, { action: "complete" });
    await tx.followUp.update({
      where: { id: followUp.id },
      data: { status: "DONE", doneAt: new Date(), outcome: input.outcome ?? null },
    });
    await tx.person.update({ where: { id: followUp.personId }, data: { lastActivityAt: new Date() } });
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "FollowUp", id: followUp.id },
      { personId: followUp.personId, fields: input.outcome ? ["status", "outcome"] : ["status"] },
    );
    return { personId: followUp.personId };
  });
}
