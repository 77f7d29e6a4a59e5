import "server-only";
import { nextStatuses, type ReferralParty } from "@/domain/referrals/lifecycle";
import { can } from "@/domain/permissions";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { isOwnOrganisation, referralScope } from "../auth/scopes";

/**
 * One referral with what a course needs (name, contact, languages, profile) and its timeline. The
 * person's intake notes are never selected: providers must not see them, and caseworkers read them
 * on the intake itself.
 */
export async function getReferral(actor: Actor, referralId: string) {
  await authorize(actor, "referrals.read", { type: "Referral", id: referralId });
  const referral = await db().referral.findFirst({
    where: { id: referralId, ...referralScope(actor) },
    select: {
      id: true,
      type: true,
      status: true,
      version: true,
      createdAt: true,
      consentAt: true,
      consentOverrideReason: true,
      declineReason: true,
      fromOrganisationId: true,
      targetOrganisationId: true,
      personId: true,
      person: {
        select: {
          firstName: true,
          lastName: true,
          firstNameCyrillic: true,
          lastNameCyrillic: true,
          email: true,
          phone: true,
          languages: true,
        },
      },
      fromOrganisation: { select: { name: true } },
      targetOrganisation: { select: { name: true } },
      createdBy: { select: { name: true } },
      nt2Profile: {
        select: {
          cvoProfile: true,
          digitallySkilled: true,
          intendedStay: true,
          priorSchooling: true,
          availability: true,
          mode: true,
          region: true,
        },
      },
      statusChanges: {
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          reason: true,
          changedAt: true,
          changedBy: { select: { name: true } },
        },
        orderBy: { changedAt: "asc" },
      },
    },
  });
  // Refused (or unknown) lookups are audited on their own connection, answered as unknown.
  if (!referral) return denyAsNotFound(actor, { type: "Referral", id: referralId }, { action: "read" });
  const { personId, ...shown } = referral;
  await recordAudit(db(), actor, "READ", { type: "Referral", id: referral.id }, { personId });
  return { ...shown, allowedMoves: allowedMoves(actor, referral) };
}

/** The moves this actor may make now, to offer only buttons that will work. */
function allowedMoves(
  actor: Actor,
  referral: {
    status: Parameters<typeof nextStatuses>[0];
    fromOrganisationId: string;
    targetOrganisationId: string | null;
  },
) {
  const parties: ReferralParty[] = [];
  if (can(actor.role, "referrals.handle") && isOwnOrganisation(actor, referral.targetOrganisationId))
    parties.push("provider");
  if (can(actor.role, "referrals.create") && isOwnOrganisation(actor, referral.fromOrganisationId))
    parties.push("referrer");
  return parties.flatMap((party) => nextStatuses(referral.status, party));
}
