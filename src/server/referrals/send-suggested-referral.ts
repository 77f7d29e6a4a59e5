import "server-only";
import { sendSuggestedReferralInput } from "@/domain/referrals/send-referral-input";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { denyAsNotFound } from "../auth/deny";
import { referralsSentByOwnOrganisation } from "../auth/scopes";
import { db } from "../db";
import { AppError } from "../errors";
import { parseInput } from "../parse-input";

/**
 * Turns a suggested referral (a to-do from the intake) into one sent to a named organisation, so it
 * is tracked like any referral and counted as sent. Only the organisation that suggested it may send
 * it, to an active organisation other than itself; the update is conditional on the version the
 * caseworker saw, so a colleague's send or withdrawal is not overwritten.
 */
export async function sendSuggestedReferral(actor: Actor, input: unknown): Promise<void> {
  const { referralId, targetOrganisationId, version } = parseInput(sendSuggestedReferralInput, input);
  await authorize(actor, "referrals.create", { type: "Referral", id: referralId });
  await db().$transaction(async (tx) => {
    const referral = await tx.referral.findFirst({
      where: { id: referralId, ...referralsSentByOwnOrganisation(actor) },
      select: { id: true, status: true, fromOrganisationId: true },
    });
    if (!referral) return denyAsNotFound(actor, { type: "Referral", id: referralId }, { to: "SENT" });
    if (referral.status !== "SUGGESTED") throw new AppError("CONFLICT", "statusStepNotAllowed");
    const target = await tx.organisation.findFirst({
      where: { id: targetOrganisationId, active: true, NOT: { id: referral.fromOrganisationId } },
      select: { id: true },
    });
    if (!target) throw new AppError("INVALID_INPUT", undefined, { targetOrganisationId: ["invalid"] });
    const updated = await tx.referral.updateMany({
      where: { id: referral.id, status: "SUGGESTED", version },
      data: { status: "SENT", targetOrganisationId: target.id, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("STALE_EDIT");
    await tx.referralStatusChange.create({
      data: { referralId: referral.id, fromStatus: "SUGGESTED", toStatus: "SENT", changedById: actor.userId },
    });
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Referral", id: referral.id },
      { from: "SUGGESTED", to: "SENT", targetOrganisationId: target.id },
    );
  });
}
