import "server-only";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { householdScope } from "../auth/scopes";
import { personScope } from "../auth/scopes";

/** Takes a person out of a household; the household itself stays (its intakes refer to it). */
export async function removeHouseholdMember(
  actor: Actor,
  householdId: string,
  personId: string,
): Promise<void> {
  await authorize(actor, "persons.write", { type: "Household", id: householdId });
  await db().$transaction(async (tx) => {
    const removed = await tx.person.updateMany({
      where: { id: personId, householdId, ...personScope(actor), household: householdScope(actor) },
      data: {
        householdId: null,
        relationToHead: null,
        version: { increment: 1 },
        lastActivityAt: new Date(),
      },
    });
    if (removed.count === 0) {
      return denyAsNotFound(
        actor,
        { type: "Household", id: householdId },
        { action: "removeMember", personId },
      );
    }
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Person", id: personId },
      { fields: ["householdId", "relationToHead"], householdId },
    );
  });
}
