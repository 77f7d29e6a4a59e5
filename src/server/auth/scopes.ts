import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { Actor } from "./actor";

/**
 * Every "which records may this actor touch" rule, as query conditions, so that scoping happens in
 * the database and not after the fact. Use-cases spread one of these into their `where` instead of
 * testing the role inline: an inline copy is how an interpreter request once could link an
 * anonymised person.
 */

const live = { anonymisedAt: null };
const nobody = { id: { in: [] as string[] } };

/** Whether the record's organisation is the actor's own (administrators: every organisation). */
export const isOwnOrganisation = (actor: Actor, organisationId: string | null) =>
  actor.role === "ADMIN" || organisationId === actor.organisationId;

/** Records owned by the actor's organisation (`organisationId`); administrators: all. */
export const ofOwnOrganisation = (actor: Actor): { organisationId?: string } =>
  actor.role === "ADMIN" ? {} : { organisationId: actor.organisationId };

/**
 * Which persons an actor may see: caseworkers their own organisation's persons, municipality
 * officers the persons living in their municipality, administrators everyone, NT2 providers no one.
 * Anonymised persons are out of everyone's reach.
 */
export function personScope(actor: Actor): Prisma.PersonWhereInput {
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

/** Live persons the actor's organisation recorded (administrators: every live person), whatever the role. */
export const personsOfOwnOrganisation = (actor: Actor): Prisma.PersonWhereInput => ({
  ...live,
  ...ofOwnOrganisation(actor),
});

/** The same rule as `personScope`, as SQL, for raw queries on `"Person" p`. */
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
  return nobody;
}

/** Households an actor may see: same rule as persons, read from the household's own record. */
export function householdScope(actor: Actor): Prisma.HouseholdWhereInput {
  switch (actor.role) {
    case "ADMIN":
      return {};
    case "CASEWORKER":
      return { organisationId: actor.organisationId };
    case "MUNICIPALITY_OFFICER":
      return actor.municipalityNis ? { municipalityNis: actor.municipalityNis } : nobody;
    default:
      return nobody;
  }
}

/** Follow-ups the actor holds: their own (administrators: everyone's). */
export const followUpsAssignedTo = (actor: Actor): Prisma.FollowUpWhereInput =>
  actor.role === "ADMIN" ? {} : { caseworkerId: actor.userId };

/** Follow-ups held by a caseworker of the actor's organisation (administrators: all). */
export const followUpsOfOwnOrganisation = (actor: Actor): Prisma.FollowUpWhereInput =>
  actor.role === "ADMIN" ? {} : { caseworker: { organisationId: actor.organisationId } };

/**
 * Which referrals an actor may see: a provider the ones addressed to their organisation, a
 * caseworker the ones their organisation sent, an administrator all. Every other role sees none.
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
      return nobody;
  }
}

/** Referrals the actor's organisation sent (administrators: all), for the sender's own views. */
export const referralsSentByOwnOrganisation = (actor: Actor): Prisma.ReferralWhereInput =>
  actor.role === "ADMIN" ? {} : { fromOrganisationId: actor.organisationId };

/** For a caseworker, referrals of persons their own organisation recorded; other roles: no further limit. */
export const referralsOfOwnCaseload = (actor: Actor): Prisma.ReferralWhereInput =>
  actor.role === "CASEWORKER" ? { person: { organisationId: actor.organisationId } } : {};
