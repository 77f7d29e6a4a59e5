import "server-only";
import { redirect } from "next/navigation";
import type { Locale } from "@/domain/locale";
import type { Permission } from "@/domain/permissions";
import type { Actor } from "./actor";
import { authorize } from "./authorize";

/**
 * The staff member signed in for this request, read from the session cookie on the server.
 * Placeholder until staff sign-in lands: nobody is signed in.
 */
export async function getActor(): Promise<Actor | null> {
  return null;
}

/**
 * For staff pages and actions: the signed-in actor holding `permission`. Without a session it
 * redirects to the sign-in page; without the permission it throws FORBIDDEN (and audits the attempt).
 * Call it in every page.tsx and action, never only in a layout.
 */
export async function requireActor(locale: Locale, permission: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/${locale}/staff/sign-in`);
  await authorize(actor, permission);
  return actor;
}
