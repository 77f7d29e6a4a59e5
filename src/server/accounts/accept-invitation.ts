import "server-only";
import { hashPassword } from "better-auth/crypto";
import type { StaffRole } from "@/domain/permissions";
import { recordAudit } from "../audit";
import { db } from "../db";
import { AppError } from "../errors";
import { hashInvitationToken } from "./invitation-token";

export type OpenInvitation = { email: string; organisationName: string; role: StaffRole };

/** What the invitation page shows; null when the link is unknown, used or expired (one answer for all three). */
export async function findOpenInvitation(token: string, now = new Date()): Promise<OpenInvitation | null> {
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      email: true,
      role: true,
      acceptedAt: true,
      expiresAt: true,
      organisation: { select: { name: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now) return null;
  return { email: invitation.email, organisationName: invitation.organisation.name, role: invitation.role };
}

/**
 * Turns an open invitation into an account with a better-auth credential (same scrypt hasher
 * better-auth verifies with). The invitation is claimed with a conditional update, so a link used
 * twice at once creates one account.
 */
export async function acceptInvitation(
  token: string,
  input: { name: string; password: string },
  now = new Date(),
): Promise<{ userId: string }> {
  const tokenHash = hashInvitationToken(token);
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash, acceptedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("GONE", "invitationInvalid");
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash },
      select: { id: true, email: true, role: true, organisationId: true },
    });
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } }))
      throw new AppError("CONFLICT", "accountExists");
    const user = await tx.user.create({
      data: {
        name: input.name,
        email: invitation.email,
        emailVerified: true,
        role: invitation.role,
        organisationId: invitation.organisationId,
      },
      select: {
        id: true,
        role: true,
        organisationId: true,
        organisation: { select: { municipalityNis: true } },
      },
    });
    await tx.account.create({
      data: { userId: user.id, accountId: user.id, providerId: "credential", password: passwordHash },
    });
    const actor = {
      userId: user.id,
      role: user.role,
      organisationId: user.organisationId,
      municipalityNis: user.organisation.municipalityNis,
    };
    await recordAudit(tx, actor, "CREATE", { type: "User", id: user.id }, { invitationId: invitation.id });
    return { userId: user.id };
  });
}
