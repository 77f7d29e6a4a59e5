import "server-only";
import { invitationValidDays } from "@/domain/accounts";
import { recordAudit } from "../audit";
import { db } from "../db";
import { AppError } from "../errors";
import { newInvitationToken } from "./invitation-token";

export const agiiName = "Agentschap Integratie en Inburgering";

/**
 * `npm run admin:create`: the operator's way to the first administrator of a new database (and to
 * another one later, without signing in). Creates the AgII organisation if there is none, and an
 * administrator invitation whose one-time link sets the password; two-step verification is enrolled
 * at the first sign-in. No password ever passes through the command line. One transaction: a
 * failure leaves nothing behind. Audited with no actor (the operator at the server's console).
 */
export async function inviteAdministrator(
  input: { email: string },
  now = new Date(),
): Promise<{ token: string; invitationId: string; organisationCreated: boolean; expiresAt: Date }> {
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + invitationValidDays * 24 * 60 * 60_000);
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
      throw new AppError("CONFLICT", "accountExists");
    const existing = await tx.organisation.findFirst({
      where: { type: "AGII", active: true },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    const organisation =
      existing ??
      (await tx.organisation.create({
        data: { name: agiiName, type: "AGII", region: "FLANDERS" },
        select: { id: true },
      }));
    if (!existing)
      await recordAudit(
        tx,
        null,
        "CREATE",
        { type: "Organisation", id: organisation.id },
        { type: "AGII", via: "admin:create" },
      );
    // An earlier open invitation for the same address stops working, as with inviteStaff.
    await tx.invitation.updateMany({
      where: { email: input.email, acceptedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const invitation = await tx.invitation.create({
      data: {
        email: input.email,
        role: "ADMIN",
        organisationId: organisation.id,
        tokenHash,
        expiresAt,
        invitedById: null,
      },
      select: { id: true },
    });
    await recordAudit(
      tx,
      null,
      "CREATE",
      { type: "Invitation", id: invitation.id },
      { role: "ADMIN", organisationId: organisation.id, via: "admin:create" },
    );
    return { token, invitationId: invitation.id, organisationCreated: !existing, expiresAt };
  });
}
