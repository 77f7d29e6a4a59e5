import "server-only";
import type { Nt2ReferralInput } from "@/domain/referrals/nt2-referral-input";
import { authorize } from "../auth/authorize";
import { personsOfOwnOrganisation } from "../auth/scopes";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { denyAsNotFound } from "../auth/deny";
import { db } from "../db";
import { AppError } from "../errors";

/**
 * Sends a person to Dutch lessons. The person must be one the actor's organisation recorded (an
 * administrator may refer anyone), the target an NT2 provider, and the person's consent to share
 * their data with it recorded first; without consent only an administrator's override with a
 * reason lets the referral go, and the override is stored with who gave it.
 */
export async function createNt2Referral(actor: Actor, input: Nt2ReferralInput): Promise<{ id: string }> {
  await authorize(actor, "referrals.create", { type: "Person", id: input.personId });
  const override = !input.consentGiven ? input.consentOverrideReason : undefined;
  if (!input.consentGiven) {
    if (!override) throw new AppError("INVALID_INPUT", undefined, { consentGiven: ["consentRequired"] });
    await authorize(actor, "referrals.overrideConsent", { type: "Person", id: input.personId });
  }

  return db().$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { id: input.personId, ...personsOfOwnOrganisation(actor) },
      select: { id: true },
    });
    if (!person) return denyAsNotFound(actor, { type: "Person", id: input.personId }, { action: "referral" });
    const target = await tx.organisation.findFirst({
      where: { id: input.targetOrganisationId, type: "NT2_PROVIDER", active: true },
      select: { id: true },
    });
    if (!target) throw new AppError("INVALID_INPUT", undefined, { targetOrganisationId: ["invalid"] });
    if (input.intakeId) {
      const intake = await tx.intake.findFirst({
        where: { id: input.intakeId, personId: person.id },
        select: { id: true },
      });
      if (!intake) throw new AppError("INVALID_INPUT", undefined, { intakeId: ["invalid"] });
    }

    const now = new Date();
    const referral = await tx.referral.create({
      data: {
        personId: person.id,
        intakeId: input.intakeId ?? null,
        type: "NT2",
        fromOrganisationId: actor.organisationId,
        targetOrganisationId: target.id,
        createdById: actor.userId,
        status: "SENT",
        consentAt: input.consentGiven ? now : null,
        consentOverrideReason: override ?? null,
        consentOverrideById: override ? actor.userId : null,
        nt2Profile: { create: input.profile },
        statusChanges: {
          create: { fromStatus: null, toStatus: "SENT", changedById: actor.userId, changedAt: now },
        },
      },
      select: { id: true },
    });
    await recordAudit(
      tx,
      actor,
      "CREATE",
      { type: "Referral", id: referral.id },
      { personId: person.id, type: "NT2", consentOverride: Boolean(override) },
    );
    return referral;
  });
}
