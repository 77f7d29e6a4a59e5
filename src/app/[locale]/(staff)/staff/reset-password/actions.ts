"use server";

import { redirect } from "next/navigation";
import { newPassword } from "@/domain/accounts";
import { fieldErrorsOf } from "@/domain/validation";
import { resetPassword } from "@/server/auth/password-reset";
import { staffLocale } from "../staff-locale";

export async function resetPasswordAction(localeArg: string, form: FormData): Promise<void> {
  const locale = staffLocale(localeArg);
  const token = String(form.get("token") ?? "").slice(0, 200);
  const back = (error: string) =>
    redirect(`/${locale}/staff/reset-password?token=${encodeURIComponent(token)}&error=${error}`);
  const password = newPassword.safeParse(String(form.get("password") ?? ""));
  if (!password.success) back(fieldErrorsOf(password.error)._form?.[0] ?? "invalid");
  else if (password.data !== form.get("passwordConfirm")) back("passwordsDiffer");
  else if ((await resetPassword(token, password.data)) === "invalidToken") back("invalidToken");
  else redirect(`/${locale}/staff/sign-in?notice=passwordChanged`);
}
