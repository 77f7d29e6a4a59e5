import "server-only";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { followUpsAssignedTo, personScope } from "../auth/scopes";

/**
 * A planned follow-up as the screen that marks it held shows it: when, what for, and with whom. The
 * same scope as completing it: the assigned caseworker (or an administrator), persons in reach.
 */
export async function getPlannedFollowUp(actor: Actor, followUpId: string) {
  await authorize(actor, "followUps.manage", { type: "FollowUp", id: followUpId });
  const followUp = await db().followUp.findFirst({
    where: { id: followUpId, status: "PLANNED", person: personScope(actor), ...followUpsAssignedTo(actor) },
    select: {
      id: true,
      dueOn: true,
      dueTime: true,
      purpose: true,
      person: { select: { id: true, firstName: true, lastName: true } },
    },
  });
  if (!followUp) return denyAsNotFound(actor, { type: "FollowUp", id: followUpId }, { action: "read" });
  await recordAudit(
    db(),
    actor,
    "READ",
    { type: "FollowUp", id: followUp.id },
    { personId: followUp.person.id, fields: ["firstName", "lastName", "dueOn", "dueTime", "purpose"] },
  );
  return followUp;
}
