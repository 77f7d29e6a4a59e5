import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Locale } from "@/domain/locale";
import type { Permission } from "@/domain/permissions";
import { AppError } from "../errors";
import type { Actor } from "./actor";
import { authorize } from "./authorize";
import { activeSessionUserId } from "./session-limits";
import { loadStaffUser, type StaffUser } from "./staff-user";

/**
 * The signed-in staff member for this request: better-auth's session (cookie checked against the
 * Session table, within the portal's absolute and idle limits) plus role and organisation read fresh from the database. Cached per request, so a
 * layout and its page share one lookup.
 */
export const getStaffUser = cache(async (): Promise<StaffUser | null> => {
  const userId = await activeSessionUserId(await headers());
  return userId ? loadStaffUser(userId) : null;
});

/** The staff member signed in for this request, or null (also null while two-factor enrolment is owed). */
export async function getActor(): Promise<Actor | null> {
  const user = await getStaffUser();
  if (!user || user.needsTwoFactorSetup) return null;
  return user.actor;
}

/**
 * For staff pages and actions: the signed-in actor holding `permission`. Without a session it
 * redirects to the sign-in page (or to two-factor enrolment when that is still owed); without the
 * permission, authorize() audits the attempt and the page answers 403 with the localized
 * staff/forbidden.tsx (Next's forbidden(), enabled by experimental.authInterrupts).
 * Call it in every page.tsx and action, never only in a layout.
 */
export async function requireActor(locale: Locale, permission: Permission): Promise<Actor> {
  const user = await requireStaffUser(locale);
  try {
    await authorize(user.actor, permission);
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
  return user.actor;
}

/** For pages every signed-in staff member may see (the dashboard): the same redirects, no permission. */
export async function requireStaffUser(locale: Locale): Promise<StaffUser> {
  const user = await getStaffUser();
  if (!user) redirect(`/${locale}/staff/sign-in`);
  if (user.needsTwoFactorSetup) redirect(`/${locale}/staff/two-factor/setup`);
  return user;
}
