import "server-only";
import { loose, searchNameOf } from "@/domain/cases/transliteration";
import { toDbDate } from "@/domain/cases/form-fields";
import type { Tx } from "../db";
import type { Actor } from "../auth/actor";
import { personScopeSql } from "../auth/scopes";
import type { PersonListItem } from "./search-persons";

/**
 * Persons the actor can see who are probably the one about to be created: a very similar name
 * (any spelling), and the same birth date when both are known.
 */
export async function findLikelyDuplicates(
  tx: Tx,
  actor: Actor,
  person: {
    firstName: string;
    lastName: string;
    firstNameCyrillic?: string | null;
    lastNameCyrillic?: string | null;
    birthDate?: string;
  },
): Promise<PersonListItem[]> {
  const candidate = loose(searchNameOf(person));
  const birthDate = person.birthDate ? toDbDate(person.birthDate) : null;
  return tx.$queryRaw<PersonListItem[]>`
    SELECT p.id, p."firstName", p."lastName", p."firstNameCyrillic", p."lastNameCyrillic", p."birthDate", m."nameNl" AS "municipalityName"
    FROM "Person" p LEFT JOIN "Municipality" m ON m."nisCode" = p."municipalityNis"
    WHERE ${personScopeSql(actor)}
      AND p."searchName" % ${candidate}
      AND (${birthDate}::date IS NULL OR p."birthDate" IS NULL OR p."birthDate" = ${birthDate}::date)
    ORDER BY similarity(p."searchName", ${candidate}) DESC
    LIMIT 5`;
}
