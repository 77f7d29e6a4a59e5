"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { accountUpdateInput, invitationInput } from "@/domain/accounts";
import { fieldErrorsOf, type FieldErrors } from "@/domain/validation";
import { inviteStaff } from "@/server/accounts/invite-staff";
import { resetTwoFactor, setAccountActive, updateAccount } from "@/server/accounts/manage-accounts";
import { requireActor } from "@/server/auth/current-actor";
import { AppError } from "@/server/errors";
import { staffLocale } from "../staff-locale";

export type InviteState = {
  values: { email: string; role: string; organisationId: string };
  fieldErrors?: FieldErrors;
  error?: "accountExists";
  sent?: boolean;
};

export async function inviteAction(
  localeArg: string,
  _previous: InviteState,
  form: FormData,
): Promise<InviteState> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, "accounts.manage");
  const values = {
    email: String(form.get("email") ?? "").slice(0, 254),
    role: String(form.get("role") ?? ""),
    organisationId: String(form.get("organisationId") ?? ""),
  };
  const parsed = invitationInput.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await inviteStaff(actor, parsed.data, locale);
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return { values, error: "accountExists" };
    if (error instanceof AppError && error.code === "INVALID_INPUT")
      return { values, fieldErrors: { organisationId: ["required"] } };
    throw error;
  }
  revalidatePath(`/${locale}/staff/accounts`);
  return { values: { email: "", role: "", organisationId: "" }, sent: true };
}

const userId = z.string().min(1).max(100);

export async function updateAccountAction(localeArg: string, form: FormData): Promise<void> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, "accounts.manage");
  const id = userId.safeParse(form.get("userId"));
  const parsed = accountUpdateInput.safeParse({
    role: form.get("role"),
    organisationId: form.get("organisationId"),
  });
  if (!id.success || !parsed.success) redirect(`/${locale}/staff/accounts?error=notFound`);
  redirect(
    `/${locale}/staff/accounts?${await outcomeOf(() => updateAccount(actor, id.data, parsed.data), "updated")}`,
  );
}

export async function setActiveAction(localeArg: string, form: FormData): Promise<void> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, "accounts.manage");
  const id = userId.safeParse(form.get("userId"));
  if (!id.success) redirect(`/${locale}/staff/accounts?error=notFound`);
  const active = form.get("active") === "true";
  redirect(
    `/${locale}/staff/accounts?${await outcomeOf(() => setAccountActive(actor, id.data, active), active ? "reactivated" : "deactivated")}`,
  );
}

export async function resetTwoFactorAction(localeArg: string, form: FormData): Promise<void> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, "accounts.manage");
  const id = userId.safeParse(form.get("userId"));
  if (!id.success) redirect(`/${locale}/staff/accounts?error=notFound`);
  redirect(
    `/${locale}/staff/accounts?${await outcomeOf(() => resetTwoFactor(actor, id.data), "twoFactorReset")}`,
  );
}

async function outcomeOf(change: () => Promise<void>, notice: string): Promise<string> {
  try {
    await change();
    return `notice=${notice}`;
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return "error=ownAccount";
    if (error instanceof AppError && error.code === "NOT_FOUND") return "error=notFound";
    throw error;
  }
}
