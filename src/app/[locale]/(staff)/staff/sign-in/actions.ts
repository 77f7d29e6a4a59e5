"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInInput, twoFactorCodeInput } from "@/domain/accounts";
import { fieldErrorsOf, type FieldErrors } from "@/domain/validation";
import { signInWithPassword, verifySignInCode } from "@/server/auth/sign-in";
import { staffLocale } from "../staff-locale";

export type SignInState = {
  email: string;
  fieldErrors?: FieldErrors;
  error?: "invalidCredentials" | "locked";
};

/** The sign-in form's action; works as a plain POST without JavaScript (useActionState's progressive enhancement). */
export async function signInAction(
  localeArg: string,
  _previous: SignInState,
  form: FormData,
): Promise<SignInState> {
  const locale = staffLocale(localeArg);
  const email = String(form.get("email") ?? "").slice(0, 254);
  const parsed = signInInput.safeParse({ email, password: form.get("password") ?? "" });
  if (!parsed.success) return { email, fieldErrors: fieldErrorsOf(parsed.error) };
  const outcome = await signInWithPassword({ ...parsed.data, headers: await headers() });
  if (outcome === "signedIn") redirect(`/${locale}/staff`);
  if (outcome === "twoFactorRequired") redirect(`/${locale}/staff/sign-in/two-factor`);
  return { email, error: outcome };
}

export async function verifyCodeAction(localeArg: string, form: FormData): Promise<void> {
  const locale = staffLocale(localeArg);
  const parsed = twoFactorCodeInput.safeParse({ code: form.get("code") ?? "" });
  if (!parsed.success) redirect(`/${locale}/staff/sign-in/two-factor?error=invalidCode`);
  const outcome = await verifySignInCode({ code: parsed.data.code, headers: await headers() });
  if (outcome === "signedIn") redirect(`/${locale}/staff`);
  if (outcome === "expired") redirect(`/${locale}/staff/sign-in?notice=twoFactorExpired`);
  redirect(`/${locale}/staff/sign-in/two-factor?error=invalidCode`);
}
