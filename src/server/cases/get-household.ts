import "server-only";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { householdScope } from "../auth/scopes";
import { personScope } from "../auth/scopes";

/** A household with its members' names and relations (no other personal fields). */
export async function getHousehold(actor: Actor, householdId: string) {
  await authorize(actor, "persons.read", { type: "Household", id: householdId });
  return db().$transaction(async (tx) => {
    const household = await tx.household.findFirst({
      where: { id: householdId, ...householdScope(actor) },
      select: {
        id: true,
        municipality: { select: { nameNl: true } },
        members: {
          where: personScope(actor),
          select: { id: true, firstName: true, lastName: true, birthDate: true, relationToHead: true },
          orderBy: { createdAt: "asc" },
        },
      },
    });
    if (!household) {
      return denyAsNotFound(actor, { type: "Household", id: householdId }, { action: "read" });
    }
    await recordAudit(
      tx,
      actor,
      "READ",
      { type: "Household", id: householdId },
      {
        personIds: household.members.map((member) => member.id),
        fields: ["firstName", "lastName", "birthDate", "relationToHead"],
      },
    );
    return household;
  });
}

export type HouseholdDetails = Awaited<ReturnType<typeof getHousehold>>;
