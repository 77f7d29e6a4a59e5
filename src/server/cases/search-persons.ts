import "server-only";
import { personSearchInput } from "@/domain/cases/person-input";
import { givenNameAlternatives } from "@/domain/cases/given-names";
import { searchTermsOf } from "@/domain/cases/transliteration";
import { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { parseInput } from "../parse-input";
import { personScopeSql } from "../auth/scopes";

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
const listFields = [
  "firstName",
  "lastName",
  "firstNameCyrillic",
  "lastNameCyrillic",
  "birthDate",
  "municipalityNis",
];

/**
 * Finds persons by any spelling of their name ("Aleksandr Sevcenko", "shevch", "Шевченко"), and
 * by the other forms of a given name ("Elena" finds Olena: given-names.ts),
 * best match first, among the persons the actor may see. Without a query it lists the most
 * recently active ones. The ids shown are audited in the same statement (one round trip); the
 * query itself is not, as it is a name.
 */
export async function searchPersons(
  actor: Actor,
  input: { query?: unknown },
  limit = personSearchLimit,
): Promise<PersonListItem[]> {
  await authorize(actor, "persons.read", { type: "Person" });
  const { query } = parseInput(personSearchInput, { query: input.query ?? "" });
  const terms = searchTermsOf(query);
  const scope = personScopeSql(actor);

  let found: Prisma.Sql;
  if (!terms.exact) {
    found = Prisma.sql`
      SELECT p.id, p."firstName", p."lastName", p."firstNameCyrillic", p."lastNameCyrillic", p."birthDate", p."municipalityNis",
             extract(epoch FROM p."lastActivityAt") AS rank
      FROM "Person" p WHERE ${scope}
      ORDER BY p."lastActivityAt" DESC LIMIT ${limit}`;
  } else {
    // `<%` is word similarity above pg_trgm.word_similarity_threshold (0.6 by default); both it
    // and the ILIKE prefixes use the GIN trigram index on searchName. Normalised terms hold only
    // letters, digits and spaces, so they carry no LIKE wildcards.
    const prefix = `${terms.exact}%`;
    const wordPrefix = `% ${terms.exact}%`;
    // A given name typed in its Russian form finds the Ukrainian one and back ("Elena" → Olena):
    // one more `<%` per form, each able to use the index.
    const forms = [terms.exact, terms.loose, ...givenNameAlternatives(terms.loose)];
    const similar = Prisma.join(
      forms.map((form) => Prisma.sql`${form} <% p."searchName"`),
      " OR ",
    );
    const similarity = Prisma.join(forms.map((form) => Prisma.sql`word_similarity(${form}, p."searchName")`));
    found = Prisma.sql`
      SELECT p.id, p."firstName", p."lastName", p."firstNameCyrillic", p."lastNameCyrillic", p."birthDate", p."municipalityNis",
             (CASE WHEN p."searchName" ILIKE ${prefix} OR p."searchName" ILIKE ${wordPrefix} THEN 1 ELSE 0 END)
               + GREATEST(${similarity}) AS rank
      FROM "Person" p
      WHERE ${scope}
        AND (p."searchName" ILIKE ${prefix} OR p."searchName" ILIKE ${wordPrefix} OR ${similar})
      ORDER BY rank DESC, p."lastName", p.id
      LIMIT ${limit}`;
  }

  return db().$queryRaw<PersonListItem[]>`
    WITH found AS (${found}),
    audit AS (
      INSERT INTO "AuditEvent" ("actorUserId", "actorRole", "organisationId", action, "entityType", detail)
      SELECT ${actor.userId}, ${actor.role}::"StaffRole", ${actor.organisationId}::uuid, 'READ', 'Person',
             jsonb_build_object('view', 'list', 'personIds', jsonb_agg(found.id), 'fields', ${JSON.stringify(listFields)}::jsonb)
      FROM found HAVING count(*) > 0
    )
    SELECT found.id, found."firstName", found."lastName", found."firstNameCyrillic", found."lastNameCyrillic", found."birthDate", m."nameNl" AS "municipalityName"
    FROM found LEFT JOIN "Municipality" m ON m."nisCode" = found."municipalityNis"
    ORDER BY found.rank DESC, found."lastName", found.id`;
}
