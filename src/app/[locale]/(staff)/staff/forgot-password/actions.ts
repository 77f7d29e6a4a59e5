"use server";

import { after } from "next/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptPasswordResetRequest } from "@/server/auth/password-reset";
import { clientIpOf } from "@/server/client-ip";
import { log } from "@/server/log";
import { staffLocale } from "../staff-locale";

export async function forgotPasswordAction(localeArg: string, form: FormData): Promise<void> {
  const locale = staffLocale(localeArg);
  const email = z
    .email()
    .max(254)
    .safeParse(
      String(form.get("email") ?? "")
        .trim()
        .toLowerCase(),
    );
  if (!email.success) redirect(`/${locale}/staff/forgot-password?error=invalidEmail`);
  const reset = await acceptPasswordResetRequest(email.data, locale, clientIpOf(await headers()));
  // After the answer: its timing must not tell whether the address has an account.
  if (reset)
    after(() =>
      reset().catch((error: unknown) =>
        log.error("staff.passwordResetFailed", { error: error instanceof Error ? error.name : "unknown" }),
      ),
    );
  redirect(`/${locale}/staff/forgot-password?sent=1`);
}
