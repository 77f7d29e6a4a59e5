import "server-only";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";
import { referralScope, referralsOfOwnCaseload } from "../auth/scopes";

/**
 * A person's referrals with every status change (who, when, why), newest first, for the person's
 * timeline on their page. Scoped twice: the referral must be visible to the actor, and a caseworker
 * sees only persons of their own organisation.
 */
export async function personReferralTimeline(actor: Actor, personId: string) {
  await authorize(actor, "referrals.read", { type: "Person", id: personId });
  const referrals = await db().referral.findMany({
    where: {
      personId,
      ...referralScope(actor),
      ...referralsOfOwnCaseload(actor),
    },
    select: {
      id: true,
      type: true,
      status: true,
      createdAt: true,
      targetOrganisation: { select: { name: true } },
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
    orderBy: { createdAt: "desc" },
  });
  await recordAudit(
    db(),
    actor,
    "READ",
    { type: "Person", id: personId },
    { screen: "referralTimeline", count: referrals.length },
  );
  return referrals;
}
