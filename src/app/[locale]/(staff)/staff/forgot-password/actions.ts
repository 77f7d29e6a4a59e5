"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requestPasswordReset } from "@/server/auth/password-reset";
import { staffLocale } from "../staff-locale";

export async function forgotPasswordAction(localeArg: string, form: FormData): Promise<void> {
  const locale = staffLocale(localeArg);
  const email = z.email().max(254).safeParse(String(form.get("email") ?? "").trim().toLowerCase());
  if (!email.success) redirect(`/${locale}/staff/forgot-password?error=invalidEmail`);
  await requestPasswordReset(email.data, locale);
  redirect(`/${locale}/staff/forgot-password?sent=1`);
}
