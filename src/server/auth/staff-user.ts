import "server-only";
import { rolesSeeingPersonalData } from "@/domain/permissions";
import { requireTwoFactor } from "@/env";
import { db } from "../db";
import type { Actor } from "./actor";

export type StaffUser = {
  actor: Actor;
  name: string;
  twoFactorEnabled: boolean;
  needsTwoFactorSetup: boolean;
};

/**
 * Role, organisation and municipality come from the database on every request (never from the
 * cookie), so a changed role or a deactivation takes effect at once. Deactivated users (and those of a
 * deactivated organisation) get null.
 */
export async function loadStaffUser(userId: string): Promise<StaffUser | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      role: true,
      organisationId: true,
      active: true,
      twoFactorEnabled: true,
      organisation: { select: { municipalityNis: true, active: true } },
    },
  });
  // A deactivated account, or any account of a deactivated organisation, has no session.
  if (!user?.active || !user.organisation.active) return null;
  return {
    actor: {
      userId: user.id,
      role: user.role,
      organisationId: user.organisationId,
      municipalityNis: user.organisation.municipalityNis,
    },
    name: user.name,
    twoFactorEnabled: user.twoFactorEnabled,
    needsTwoFactorSetup:
      requireTwoFactor() && rolesSeeingPersonalData.includes(user.role) && !user.twoFactorEnabled,
  };
}
