import "server-only";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";

/** The organisations a suggested referral can be sent to: every active one but the sender's own. */
export async function listReferralTargets(actor: Actor) {
  await authorize(actor, "referrals.create", { type: "Organisation" });
  return db().organisation.findMany({
    where: { active: true, NOT: { id: actor.organisationId } },
    select: { id: true, name: true, type: true },
    orderBy: [{ type: "asc" }, { name: "asc" }],
  });
}
