"use server";

import { redirect } from "next/navigation";
import { invitationAcceptanceInput } from "@/domain/accounts";
import { fieldErrorsOf, type FieldErrors } from "@/domain/validation";
import { acceptInvitation } from "@/server/accounts/accept-invitation";
import { AppError } from "@/server/errors";
import { staffLocale } from "../../staff-locale";

export type AcceptState = {
  name: string;
  fieldErrors?: FieldErrors;
  passwordsDiffer?: boolean;
  error?: "invalid" | "accountExists";
};

export async function acceptInvitationAction(
  localeArg: string,
  token: string,
  _previous: AcceptState,
  form: FormData,
): Promise<AcceptState> {
  const locale = staffLocale(localeArg);
  const name = String(form.get("name") ?? "").slice(0, 200);
  const parsed = invitationAcceptanceInput.safeParse({ name, password: form.get("password") ?? "" });
  if (!parsed.success) return { name, fieldErrors: fieldErrorsOf(parsed.error) };
  if (parsed.data.password !== form.get("passwordConfirm")) return { name, passwordsDiffer: true };
  try {
    await acceptInvitation(token, parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "GONE") return { name, error: "invalid" };
    if (error instanceof AppError && error.code === "CONFLICT") return { name, error: "accountExists" };
    throw error;
  }
  redirect(`/${locale}/staff/sign-in?notice=accountCreated`);
}
