import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";

/**
 * Which persons an actor may see, as a query condition, so that scoping happens in the database
 * and not after the fact: caseworkers their own organisation's persons, municipality officers the
 * persons living in their municipality, administrators everyone, NT2 providers no one.
 * Anonymised persons are out of everyone's reach.
 */
export function personScope(actor: Actor): Prisma.PersonWhereInput {
  const live = { anonymisedAt: null };
  switch (actor.role) {
    case "ADMIN":
      return live;
    case "CASEWORKER":
      return { ...live, organisationId: actor.organisationId };
    case "MUNICIPALITY_OFFICER":
      return actor.municipalityNis ? { ...live, municipalityNis: actor.municipalityNis } : nobody;
    default:
      return nobody;
  }
}

const nobody: Prisma.PersonWhereInput = { id: { in: [] } };

/** The same rule as SQL, for raw queries on `"Person" p`. */
export function personScopeSql(actor: Actor): Prisma.Sql {
  switch (actor.role) {
    case "ADMIN":
      return Prisma.sql`p."anonymisedAt" IS NULL`;
    case "CASEWORKER":
      return Prisma.sql`p."anonymisedAt" IS NULL AND p."organisationId" = ${actor.organisationId}::uuid`;
    case "MUNICIPALITY_OFFICER":
      return actor.municipalityNis
        ? Prisma.sql`p."anonymisedAt" IS NULL AND p."municipalityNis" = ${actor.municipalityNis}`
        : Prisma.sql`FALSE`;
    default:
      return Prisma.sql`FALSE`;
  }
}

/** Intakes an actor may see: those of their own organisation (administrators: all), of persons in scope. */
export function intakeScope(actor: Actor): Prisma.IntakeWhereInput {
  if (actor.role === "ADMIN") return { person: personScope(actor) };
  if (actor.role === "CASEWORKER")
    return { organisationId: actor.organisationId, person: personScope(actor) };
  return { id: { in: [] } };
}
