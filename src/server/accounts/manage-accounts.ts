import "server-only";
import type { StaffRole } from "@/domain/permissions";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { AppError } from "../errors";

export type AccountRow = {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  organisationId: string;
  organisationName: string;
  active: boolean;
  twoFactorEnabled: boolean;
};

export async function listAccounts(actor: Actor): Promise<AccountRow[]> {
  await authorize(actor, "accounts.manage", { type: "User" });
  const users = await db().user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      organisationId: true,
      active: true,
      twoFactorEnabled: true,
      organisation: { select: { name: true } },
    },
  });
  return users.map(({ organisation, ...user }) => ({ ...user, organisationName: organisation.name }));
}

export async function listOpenInvitations(actor: Actor, now = new Date()) {
  await authorize(actor, "accounts.manage", { type: "Invitation" });
  return db().invitation.findMany({
    where: { acceptedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, organisation: { select: { name: true } } },
  });
}

export async function listOrganisations(actor: Actor) {
  await authorize(actor, "accounts.manage", { type: "Organisation" });
  return db().organisation.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** Administrators cannot change their own role or deactivate themselves: the last admin must not lock everyone out. */
function refuseSelf(actor: Actor, userId: string) {
  if (actor.userId === userId) throw new AppError("CONFLICT", "ownAccount");
}

export async function updateAccount(
  actor: Actor,
  userId: string,
  input: { role: StaffRole; organisationId: string },
): Promise<void> {
  await authorize(actor, "accounts.manage", { type: "User", id: userId });
  refuseSelf(actor, userId);
  await db().$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({
      where: { id: input.organisationId, active: true },
      select: { id: true },
    });
    if (!organisation) throw new AppError("INVALID_INPUT", undefined, { organisationId: ["required"] });
    const updated = await tx.user.updateMany({ where: { id: userId }, data: input });
    if (updated.count !== 1) throw new AppError("NOT_FOUND");
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "User", id: userId },
      { fields: ["role", "organisationId"], role: input.role, organisationId: input.organisationId },
    );
  });
}

/** Deactivating ends every session of the account at once; better-auth refuses it new ones (auth.ts). */
export async function setAccountActive(actor: Actor, userId: string, active: boolean): Promise<void> {
  await authorize(actor, "accounts.manage", { type: "User", id: userId });
  refuseSelf(actor, userId);
  await db().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { active } });
    if (updated.count !== 1) throw new AppError("NOT_FOUND");
    const revoked = active ? { count: 0 } : await tx.session.deleteMany({ where: { userId } });
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "User", id: userId },
      { event: active ? "reactivated" : "deactivated", sessionsRevoked: revoked.count },
    );
  });
}

/**
 * For a colleague who lost the phone with their authenticator app: removes their second factor and
 * ends their sessions. Their next sign-in takes the password and then sends them to set up two-step
 * verification again (requireActor does, while REQUIRE_2FA is on). Audited, like every account change.
 */
export async function resetTwoFactor(actor: Actor, userId: string): Promise<void> {
  await authorize(actor, "accounts.manage", { type: "User", id: userId });
  refuseSelf(actor, userId);
  await db().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { twoFactorEnabled: false } });
    if (updated.count !== 1) throw new AppError("NOT_FOUND");
    await tx.twoFactor.deleteMany({ where: { userId } });
    const revoked = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "User", id: userId },
      { event: "twoFactorReset", sessionsRevoked: revoked.count },
    );
  });
}
