import "server-only";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { personScope } from "../auth/scopes";

/**
 * The actor's planned follow-up conversations, earliest due first, so overdue ones lead. Names and
 * dates only: no notes in a list.
 */
export async function listMyFollowUps(actor: Actor, limit = 200) {
  await authorize(actor, "followUps.manage", { type: "FollowUp" });
  return db().$transaction(async (tx) => {
    const followUps = await tx.followUp.findMany({
      where: { caseworkerId: actor.userId, status: "PLANNED", person: personScope(actor) },
      select: {
        id: true,
        dueOn: true,
        dueTime: true,
        intakeId: true,
        person: { select: { id: true, firstName: true, lastName: true } },
      },
      orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
      take: limit,
    });
    if (followUps.length > 0) {
      await recordAudit(
        tx,
        actor,
        "READ",
        { type: "Person" },
        {
          view: "follow-ups",
          personIds: [...new Set(followUps.map((row) => row.person.id))],
          fields: ["firstName", "lastName"],
        },
      );
    }
    return followUps;
  });
}
