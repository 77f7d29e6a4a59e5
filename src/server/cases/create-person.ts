import "server-only";
import { personFieldNames, personInput } from "@/domain/cases/person-input";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { AppError } from "../errors";
import { denyAsNotFound } from "../auth/deny";
import { findLikelyDuplicates } from "./find-duplicate-persons";
import { householdJoinInput } from "./household-input";
import { householdScope } from "../auth/scopes";
import { parseInput } from "../parse-input";
import { personColumns } from "./person-data";
import type { PersonListItem } from "./search-persons";

export type CreatePersonResult =
  { status: "created"; id: string } | { status: "possibleDuplicates"; duplicates: PersonListItem[] };

/**
 * Records a new person for the actor's organisation. Unless the caller confirms after seeing them,
 * likely duplicates are returned first instead of creating a second record of the same person.
 * A municipality officer records persons living in their own municipality only. With `household`
 * the person joins that household (one the actor may see) in the same transaction.
 */
export async function createPerson(
  actor: Actor,
  input: unknown,
  options: { confirmedNotDuplicate?: boolean; household?: unknown } = {},
): Promise<CreatePersonResult> {
  await authorize(actor, "persons.write", { type: "Person" });
  const person = parseInput(personInput, input);
  const household =
    options.household === undefined ? undefined : parseInput(householdJoinInput, options.household);
  if (actor.role === "MUNICIPALITY_OFFICER") {
    if (person.municipalityNis && person.municipalityNis !== actor.municipalityNis) {
      throw new AppError("INVALID_INPUT", undefined, { municipalityNis: ["invalid"] });
    }
    person.municipalityNis = actor.municipalityNis ?? undefined;
  }

  return db().$transaction(async (tx) => {
    if (!options.confirmedNotDuplicate) {
      const duplicates = await findLikelyDuplicates(tx, actor, person);
      if (duplicates.length > 0) {
        await recordAudit(
          tx,
          actor,
          "READ",
          { type: "Person" },
          { view: "duplicates", personIds: duplicates.map((row) => row.id) },
        );
        return { status: "possibleDuplicates", duplicates };
      }
    }
    if (
      household &&
      !(await tx.household.findFirst({ where: { id: household.householdId, ...householdScope(actor) } }))
    )
      return denyAsNotFound(actor, { type: "Household", id: household.householdId }, { action: "addMember" });
    const created = await tx.person.create({
      data: {
        ...personColumns(person),
        organisationId: actor.organisationId,
        ...(household ? { householdId: household.householdId, relationToHead: household.relation } : {}),
      },
      select: { id: true },
    });
    await recordAudit(
      tx,
      actor,
      "CREATE",
      { type: "Person", id: created.id },
      {
        fields: filledFields(person),
        ...(household ? { householdId: household.householdId, relationToHead: household.relation } : {}),
      },
    );
    return { status: "created", id: created.id };
  });
}

function filledFields(person: Record<string, unknown>): string[] {
  return personFieldNames.filter((name) => {
    const value = person[name];
    return value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);
  });
}
