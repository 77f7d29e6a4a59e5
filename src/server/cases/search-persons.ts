import "server-only";
import { personSearchInput } from "@/domain/cases/person-input";
import { searchTermsOf } from "@/domain/cases/transliteration";
import { Prisma } from "../generated/prisma/client";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { parseInput } from "./parse-input";
import { personScopeSql } from "./person-scope";

/** The fields a person list shows: never contact details, never notes. */
export type PersonListItem = {
  id: string;
  firstName: string;
  lastName: string;
  firstNameCyrillic: string | null;
  lastNameCyrillic: string | null;
  birthDate: Date | null;
  municipalityName: string | null;
};

export const personSearchLimit = 50;

/**
 * Finds persons by any spelling of their name ("Aleksandr Sevcenko", "shevch", "Шевченко"),
 * best match first, among the persons the actor may see. Without a query it lists the most
 * recently active ones. The query itself is not audited (it is a name); the ids shown are.
 */
export async function searchPersons(actor: Actor, input: { query?: unknown }, limit = personSearchLimit): Promise<PersonListItem[]> {
  await authorize(actor, "persons.read", { type: "Person" });
  const { query } = parseInput(personSearchInput, { query: input.query ?? "" });
  const terms = searchTermsOf(query);
  const scope = personScopeSql(actor);

  return db().$transaction(async (tx) => {
    let rows: PersonListItem[];
    if (!terms.exact) {
      rows = await tx.$queryRaw<PersonListItem[]>`
        SELECT p.id, p."firstName", p."lastName", p."firstNameCyrillic", p."lastNameCyrillic", p."birthDate", m."nameNl" AS "municipalityName"
        FROM "Person" p LEFT JOIN "Municipality" m ON m."nisCode" = p."municipalityNis"
        WHERE ${scope}
        ORDER BY p."lastActivityAt" DESC
        LIMIT ${limit}`;
    } else {
      // `<%` is word similarity above pg_trgm.word_similarity_threshold (0.6 by default); both it
      // and the ILIKE prefix use the GIN trigram index on searchName.
      const prefix = `${terms.exact}%`;
      const wordPrefix = `% ${terms.exact}%`;
      rows = await tx.$queryRaw<PersonListItem[]>`
        SELECT p.id, p."firstName", p."lastName", p."firstNameCyrillic", p."lastNameCyrillic", p."birthDate", m."nameNl" AS "municipalityName"
        FROM "Person" p LEFT JOIN "Municipality" m ON m."nisCode" = p."municipalityNis"
        WHERE ${scope}
          AND (p."searchName" ILIKE ${prefix} OR p."searchName" ILIKE ${wordPrefix}
               OR ${terms.exact} <% p."searchName" OR ${terms.loose} <% p."searchName")
        ORDER BY (CASE WHEN p."searchName" ILIKE ${prefix} OR p."searchName" ILIKE ${wordPrefix} THEN 1 ELSE 0 END)
                 + GREATEST(word_similarity(${terms.exact}, p."searchName"), word_similarity(${terms.loose}, p."searchName")) DESC,
                 p."lastName", p.id
        LIMIT ${limit}`;
    }
    if (rows.length > 0) {
      await recordAudit(tx, actor, "READ", { type: "Person" }, { view: "list", personIds: rows.map((row) => row.id), fields: listFields });
    }
    return rows;
  }, { isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted });
}

const listFields = ["firstName", "lastName", "firstNameCyrillic", "lastNameCyrillic", "birthDate", "municipalityNis"];
