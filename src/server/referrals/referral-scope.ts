import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";

/**
 * Which referrals an actor may see, as a `where` clause for the query itself: a provider the ones
 * addressed to their organisation, a caseworker the ones their organisation sent, an administrator
 * all. Every other role sees none.
 */
export function referralScope(actor: Actor): Prisma.ReferralWhereInput {
  switch (actor.role) {
    case "ADMIN":
      return {};
    case "NT2_PROVIDER":
      return { targetOrganisationId: actor.organisationId };
    case "CASEWORKER":
      return { fromOrganisationId: actor.organisationId };
    default:
      return { id: { in: [] } };
  }
}
