import "server-only";
import { randomUUID } from "node:crypto";
import { invitationValidDays, type InvitationInput } from "@/domain/accounts";
import type { Locale } from "@/domain/locale";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { AppError } from "../errors";
import { invitationTokenFor } from "./invitation-token";

/**
 * Creates an invitation and, in the same transaction, its e-mail in the outbox (template
 * "staff-invite"). An earlier open invitation for the same address stops working.
 */
export async function inviteStaff(
  actor: Actor,
  input: InvitationInput,
  locale: Locale,
  now = new Date(),
): Promise<{ invitationId: string }> {
  await authorize(actor, "accounts.manage", { type: "Invitation" });
  const invitationId = randomUUID();
  const { tokenHash } = invitationTokenFor(invitationId);
  const expiresAt = new Date(now.getTime() + invitationValidDays * 24 * 60 * 60_000);
  return db().$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", "accountExists", { email: ["accountExists"] });
    // A deactivated organisation takes no new accounts.
    const organisation = await tx.organisation.findUnique({
      where: { id: input.organisationId, active: true },
      select: { name: true },
    });
    if (!organisation) throw new AppError("INVALID_INPUT", undefined, { organisationId: ["required"] });
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
    await tx.invitation.updateMany({
      where: { email: input.email, acceptedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const invitation = await tx.invitation.create({
      data: {
        id: invitationId,
        email: input.email,
        role: input.role,
        organisationId: input.organisationId,
        tokenHash,
        expiresAt,
        invitedById: actor.userId,
      },
      select: { id: true },
    });
    await tx.outboxMessage.create({
      data: {
        idempotencyKey: `staff-invite:${invitation.id}`,
        template: "staff-invite",
        toAddress: input.email,
        locale,
        payload: {
          // The link is rebuilt from the id when the mail is sent: no token waits in the outbox.
          invitationId,
          organisationName: organisation.name,
          role: input.role,
          invitedByName: inviter.name,
          expiresAt: expiresAt.toISOString(),
        },
      },
    });
    await recordAudit(
      tx,
      actor,
      "CREATE",
      { type: "Invitation", id: invitation.id },
      { role: input.role, organisationId: input.organisationId },
    );
    return { invitationId: invitation.id };
  });
}
