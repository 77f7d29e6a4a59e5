import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";

/** Households an actor may see: same rule as persons, read from the household's own record. */
export function householdScope(actor: Actor): Prisma.HouseholdWhereInput {
  switch (actor.role) {
    case "ADMIN":
      return {};
    case "CASEWORKER":
      return { organisationId: actor.organisationId };
    case "MUNICIPALITY_OFFICER":
      return actor.municipalityNis ? { municipalityNis: actor.municipalityNis } : { id: { in: [] } };
    default:
      return { id: { in: [] } };
  }
}
