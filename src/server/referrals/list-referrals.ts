import "server-only";
import type { ReferralStatus } from "@/domain/referrals/lifecycle";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";
import { referralScope } from "../auth/scopes";

/** A provider's inbox or a caseworker's sent referrals: names and statuses only, never notes. */
export async function listReferrals(actor: Actor, filter: { status?: ReferralStatus } = {}) {
  await authorize(actor, "referrals.read", { type: "Referral" });
  const referrals = await db().referral.findMany({
    where: { ...referralScope(actor), ...(filter.status ? { status: filter.status } : {}) },
    select: {
      id: true,
      type: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      personId: true,
      person: { select: { firstName: true, lastName: true } },
      fromOrganisation: { select: { name: true } },
      targetOrganisation: { select: { name: true } },
      nt2Profile: { select: { intendedStay: true, region: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  // Names are shown: the trail of each person listed records it.
  await recordAudit(
    db(),
    actor,
    "READ",
    { type: "Referral" },
    {
      list: true,
      count: referrals.length,
      personIds: [...new Set(referrals.map((referral) => referral.personId))],
    },
  );
  return referrals.map((referral) => {
    const shown: Partial<typeof referral> = { ...referral };
    delete shown.personId;
    return shown as Omit<typeof referral, "personId">;
  });
}
