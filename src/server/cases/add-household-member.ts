import "server-only";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { AppError } from "../errors";
import { householdMemberInput } from "./household-input";
import { householdScope } from "../auth/scopes";
import { parseInput } from "../parse-input";
import { personScope } from "../auth/scopes";

/** Adds a person the actor may see to a household the actor may see, with their relation to its head. */
export async function addHouseholdMember(actor: Actor, householdId: string, input: unknown): Promise<void> {
  await authorize(actor, "persons.write", { type: "Household", id: householdId });
  const { personId, relation } = parseInput(householdMemberInput, input);
  await db().$transaction(async (tx) => {
    const household = await tx.household.findFirst({
      where: { id: householdId, ...householdScope(actor) },
      select: { id: true },
    });
    const person = await tx.person.findFirst({
      where: { id: personId, ...personScope(actor) },
      select: { id: true, householdId: true },
    });
    if (!household || !person) {
      return denyAsNotFound(actor, { type: "Household", id: householdId }, { action: "addMember", personId });
    }
    if (person.householdId && person.householdId !== householdId)
      throw new AppError("CONFLICT", "inOtherHousehold", { personId: ["inOtherHousehold"] });
    await tx.person.update({
      where: { id: personId },
      data: { householdId, relationToHead: relation, version: { increment: 1 }, lastActivityAt: new Date() },
    });
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Person", id: personId },
      { fields: ["householdId", "relationToHead"], householdId },
    );
  });
}
