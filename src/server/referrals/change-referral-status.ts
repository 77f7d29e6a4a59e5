import "server-only";
import { needsReceivingOrganisation, partyFor, reasonRequired } from "@/domain/referrals/lifecycle";
import type { ReferralTransitionInput } from "@/domain/referrals/nt2-referral-input";
import { authorize } from "../auth/authorize";
import { isOwnOrganisation } from "../auth/scopes";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { AppError } from "../errors";

/**
 * Moves a referral one step along its lifecycle, stamped with who and when. The provider it is
 * addressed to moves it forward; the sending organisation may withdraw it. The update is
 * conditional on the status and version the actor saw, so two people answering at once cannot
 * both win. A decline queues an e-mail to the referring caseworker in the same transaction.
 */
export async function changeReferralStatus(actor: Actor, input: ReferralTransitionInput): Promise<void> {
  const reason = input.reason?.trim() || null;
  if (reasonRequired(input.to) && !reason)
    throw new AppError("INVALID_INPUT", undefined, { reason: ["required"] });

  await db().$transaction(async (tx) => {
    const referral = await tx.referral.findUnique({
      where: { id: input.referralId },
      select: {
        id: true,
        status: true,
        version: true,
        fromOrganisationId: true,
        targetOrganisationId: true,
        createdBy: { select: { email: true } },
        targetOrganisation: { select: { name: true } },
      },
    });
    if (!referral) return denyAsNotFound(actor, { type: "Referral", id: input.referralId }, { to: input.to });
    const party = partyFor(referral.status, input.to);
    const permission = party === "referrer" ? "referrals.create" : "referrals.handle";
    await authorize(actor, permission, { type: "Referral", id: referral.id });
    const ownOrganisation =
      party === "referrer" ? referral.fromOrganisationId : referral.targetOrganisationId;
    // Outside its scope a referral does not exist for the actor: answer as for an unknown id.
    if (!isOwnOrganisation(actor, ownOrganisation)) {
      // On its own connection: the rollback that follows must not erase it.
      return denyAsNotFound(actor, { type: "Referral", id: referral.id }, { to: input.to });
    }
    if (!party || needsReceivingOrganisation(input.to))
      throw new AppError("CONFLICT", "statusStepNotAllowed", { to: ["invalid"] });

    const now = new Date();
    const updated = await tx.referral.updateMany({
      where: { id: referral.id, status: referral.status, version: input.version },
      data: {
        status: input.to,
        version: { increment: 1 },
        ...(input.to === "DECLINED" ? { declineReason: reason } : {}),
      },
    });
    if (updated.count === 0) throw new AppError("STALE_EDIT");
    await tx.referralStatusChange.create({
      data: {
        referralId: referral.id,
        fromStatus: referral.status,
        toStatus: input.to,
        reason,
        changedById: actor.userId,
        changedAt: now,
      },
    });
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Referral", id: referral.id },
      { from: referral.status, to: input.to },
    );

    if (input.to === "DECLINED") {
      // The payload carries no personal data of the person referred: the caseworker opens the referral to read it.
      await tx.outboxMessage.create({
        data: {
          idempotencyKey: `referral-declined:${referral.id}`,
          template: "referral-declined",
          toAddress: referral.createdBy.email,
          locale: "nl",
          payload: {
            referralId: referral.id,
            referralPath: `/nl/staff/referrals/${referral.id}`,
            providerName: referral.targetOrganisation?.name ?? "",
            reason: reason ?? "",
            declinedAt: now.toISOString(),
          },
        },
      });
    }
  });
}
