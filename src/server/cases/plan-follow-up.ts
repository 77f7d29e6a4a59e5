import "server-only";
import { followUpPlanInput } from "@/domain/cases/follow-up-input";
import { toDbDate } from "@/domain/cases/form-fields";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { denyAsNotFound } from "../auth/deny";
import { personsOfOwnOrganisation } from "../auth/scopes";
import { db } from "../db";
import { parseInput } from "../parse-input";

/**
 * Plans a follow-up conversation with a person of the actor's own organisation, assigned to the actor,
 * outside any intake (a second talk no longer means reopening a completed intake).
 */
export async function planFollowUp(actor: Actor, rawInput: unknown): Promise<{ id: string }> {
  const input = parseInput(followUpPlanInput, rawInput);
  await authorize(actor, "followUps.manage", { type: "Person", id: input.personId });
  return db().$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { id: input.personId, ...personsOfOwnOrganisation(actor) },
      select: { id: true },
    });
    if (!person)
      return denyAsNotFound(actor, { type: "Person", id: input.personId }, { action: "planFollowUp" });
    const followUp = await tx.followUp.create({
      data: {
        personId: person.id,
        caseworkerId: actor.userId,
        dueOn: toDbDate(input.dueOn),
        dueTime: input.dueTime ?? null,
        purpose: input.purpose ?? null,
        interpreterNeeded: input.interpreterNeeded,
      },
      select: { id: true },
    });
    await tx.person.update({ where: { id: person.id }, data: { lastActivityAt: new Date() } });
    await recordAudit(
      tx,
      actor,
      "CREATE",
      { type: "FollowUp", id: followUp.id },
      { personId: person.id, fields: ["dueOn", "dueTime", "purpose", "interpreterNeeded"] },
    );
    return followUp;
  });
}
