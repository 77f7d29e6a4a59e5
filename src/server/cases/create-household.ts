import "server-only";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { personScope } from "../auth/scopes";

/**
 * Starts a household around a person, who becomes its head. The household belongs to the
 * person's organisation and municipality, read from the person's record.
 */
export async function createHousehold(actor: Actor, headPersonId: string): Promise<{ id: string }> {
  await authorize(actor, "persons.write", { type: "Household" });
  return db().$transaction(async (tx) => {
    const head = await tx.person.findFirst({
      where: { id: headPersonId, ...personScope(actor) },
      select: { id: true, organisationId: true, municipalityNis: true, householdId: true },
    });
    if (!head) {
      return denyAsNotFound(actor, { type: "Person", id: headPersonId }, { action: "createHousehold" });
    }
    if (head.householdId) return { id: head.householdId };
    const household = await tx.household.create({
      data: { organisationId: head.organisationId, municipalityNis: head.municipalityNis },
      select: { id: true },
    });
    await tx.person.update({
      where: { id: head.id },
      data: {
        householdId: household.id,
        relationToHead: "HEAD",
        version: { increment: 1 },
        lastActivityAt: new Date(),
      },
    });
    await recordAudit(
      tx,
      actor,
      "CREATE",
      { type: "Household", id: household.id },
      { headPersonId: head.id },
    );
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Person", id: head.id },
      { fields: ["householdId", "relationToHead"] },
    );
    return household;
  });
}
