"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInInput, twoFactorCodeInput } from "@/domain/accounts";
import { signInWithPassword, verifySignInCode } from "@/server/auth/sign-in";
import { signInWindowMinutes } from "@/server/auth/sign-in-limits";
import { AppError } from "@/server/errors";
import type { FormState } from "@/components/staff-forms/form-state";
import { runSignedOutAction } from "../_actions/staff-action";
import { staffLocale } from "../staff-locale";

/** The sign-in form's action; works as a plain POST without JavaScript (useActionState's progressive enhancement). */
export async function signInAction(
  localeArg: unknown,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  return runSignedOutAction(localeArg, form, {
    schema: signInInput,
    input: (form) => ({
      email: String(form.get("email") ?? "").slice(0, 254),
      password: form.get("password") ?? "",
    }),
    run: async (credentials) => {
      const outcome = await signInWithPassword({ ...credentials, headers: await headers() });
      if (outcome === "invalidCredentials") throw new AppError("UNAUTHENTICATED", "invalidCredentials");
      if (outcome === "locked")
        throw new AppError("UNAUTHENTICATED", "signInLocked", undefined, {
          minutes: String(signInWindowMinutes),
        });
      return outcome;
    },
    done: (outcome, { locale }) =>
      redirect(outcome === "signedIn" ? `/${locale}/staff` : `/${locale}/staff/sign-in/two-factor`),
  });
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
