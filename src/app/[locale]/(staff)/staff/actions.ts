"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signOut } from "@/server/auth/sign-in";
import { staffLocale } from "./staff-locale";

export async function signOutAction(locale: string): Promise<void> {
  await signOut(await headers());
  redirect(`/${staffLocale(locale)}/staff/sign-in?notice=signedOut`);
}
