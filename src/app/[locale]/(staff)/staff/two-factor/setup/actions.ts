"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { twoFactorCodeInput } from "@/domain/accounts";
import { getStaffUser } from "@/server/auth/current-actor";
import { confirmEnrolment, startEnrolment } from "@/server/auth/two-factor-enrolment";
import { staffLocale } from "../../staff-locale";

export async function startEnrolmentAction(localeArg: string, form: FormData): Promise<void> {
  const locale = staffLocale(localeArg);
  if (!(await getStaffUser())) redirect(`/${locale}/staff/sign-in`);
  const outcome = await startEnrolment(String(form.get("password") ?? ""), await headers());
  redirect(`/${locale}/staff/two-factor/setup${outcome === "started" ? "" : "?error=invalidPassword"}`);
}

export async function confirmEnrolmentAction(localeArg: string, form: FormData): Promise<void> {
  const locale = staffLocale(localeArg);
  const user = await getStaffUser();
  if (!user) redirect(`/${locale}/staff/sign-in`);
  const parsed = twoFactorCodeInput.safeParse({ code: form.get("code") ?? "" });
  const outcome = parsed.success
    ? await confirmEnrolment(user.actor, parsed.data.code, await headers())
    : "invalidCode";
  redirect(
    `/${locale}/staff/two-factor/setup${outcome === "confirmed" ? "?notice=enabled" : "?error=invalidCode"}`,
  );
}
