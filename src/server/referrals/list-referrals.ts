import "server-only";
import type { ReferralStatus } from "@/domain/referrals/lifecycle";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";
import { referralScope } from "./referral-scope";

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
      person: { select: { firstName: true, lastName: true } },
      fromOrganisation: { select: { name: true } },
      targetOrganisation: { select: { name: true } },
      nt2Profile: { select: { intendedStay: true, region: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  await recordAudit(db(), actor, "READ", { type: "Referral" }, { list: true, count: referrals.length });
  return referrals;
}
