import "server-only";
import { personFieldNames, personInput } from "@/domain/cases/person-input";
import { expectedVersion } from "@/domain/versioned";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { AppError } from "../errors";
import { parseInput } from "../parse-input";
import { personColumns } from "./person-data";
import { personScope } from "../auth/scopes";

/**
 * Saves an edit made on the version the editor opened. If someone else saved in between, the
 * edit is refused with STALE_EDIT (the conditional update matches no row) rather than
 * overwriting their change.
 */
export async function updatePerson(
  actor: Actor,
  input: { personId: string; version: unknown; person: unknown },
): Promise<{ version: number }> {
  const { personId } = input;
  await authorize(actor, "persons.write", { type: "Person", id: personId });
  const version = parseInput(expectedVersion, input.version);
  const person = parseInput(personInput, input.person);

  return db().$transaction(async (tx) => {
    const current = await tx.person.findFirst({ where: { id: personId, ...personScope(actor) } });
    if (!current) {
      return denyAsNotFound(actor, { type: "Person", id: personId }, { action: "update" });
    }
    if (actor.role === "MUNICIPALITY_OFFICER") {
      // Their form has no municipality field: the person stays in the officer's municipality.
      if (person.municipalityNis && person.municipalityNis !== actor.municipalityNis) {
        throw new AppError("INVALID_INPUT", undefined, { municipalityNis: ["invalid"] });
      }
      person.municipalityNis = actor.municipalityNis ?? undefined;
    }
    const columns = personColumns(person);
    const updated = await tx.person.updateMany({
      where: { id: personId, version, ...personScope(actor) },
      data: { ...columns, version: { increment: 1 }, lastActivityAt: new Date() },
    });
    if (updated.count === 0) throw new AppError("STALE_EDIT");
    const changed = personFieldNames.filter(
      (name) => JSON.stringify(columns[name]) !== JSON.stringify(current[name]),
    );
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Person", id: personId },
      { fields: changed, fromVersion: version },
    );
    return { version: version + 1 };
  });
}
