"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { accountUpdateInput, invitationInput } from "@/domain/accounts";
import type { Locale } from "@/domain/locale";
import { inviteStaff } from "@/server/accounts/invite-staff";
import { resetTwoFactor, setAccountActive, updateAccount } from "@/server/accounts/manage-accounts";
import { AppError } from "@/server/errors";
import type { FormState } from "@/components/staff-forms/form-state";
import { runStaffAction } from "../_actions/staff-action";
import { runStaffCommand } from "../_actions/staff-command";

export async function inviteAction(
  localeArg: unknown,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, form, {
    permission: "accounts.manage",
    schema: invitationInput,
    input: (form) => ({
      email: String(form.get("email") ?? "").slice(0, 254),
      role: String(form.get("role") ?? ""),
      organisationId: String(form.get("organisationId") ?? ""),
    }),
    run: (actor, invitation, locale) => inviteStaff(actor, invitation, locale),
    done: async (_invited, { locale }) => {
      revalidatePath(`/${locale}/staff/accounts`);
      const t = await getTranslations({ locale, namespace: "staff.accounts" });
      // The fields empty again, ready for the next invitation.
      return { status: "done", message: t("invited"), values: { email: "", role: "", organisationId: "" } };
    },
  });
}

const userId = z.string().min(1).max(100);

export async function updateAccountAction(localeArg: unknown, form: FormData): Promise<void> {
  return runStaffCommand(localeArg, {
    permission: "accounts.manage",
    run: (actor) => {
      const id = userId.safeParse(form.get("userId"));
      const parsed = accountUpdateInput.safeParse({
        role: form.get("role"),
        organisationId: form.get("organisationId"),
      });
      if (!id.success || !parsed.success) throw new AppError("NOT_FOUND");
      return updateAccount(actor, id.data, parsed.data);
    },
    done: (_updated, locale) => redirect(`/${locale}/staff/accounts?notice=updated`),
    refused: accountRefused,
  });
}

export async function setActiveAction(localeArg: unknown, form: FormData): Promise<void> {
  const active = form.get("active") === "true";
  return runStaffCommand(localeArg, {
    permission: "accounts.manage",
    run: (actor) => setAccountActive(actor, accountIdOf(form), active),
    done: (_set, locale) =>
      redirect(`/${locale}/staff/accounts?notice=${active ? "reactivated" : "deactivated"}`),
    refused: accountRefused,
  });
}

export async function resetTwoFactorAction(localeArg: unknown, form: FormData): Promise<void> {
  return runStaffCommand(localeArg, {
    permission: "accounts.manage",
    run: (actor) => resetTwoFactor(actor, accountIdOf(form)),
    done: (_reset, locale) => redirect(`/${locale}/staff/accounts?notice=twoFactorReset`),
    refused: accountRefused,
  });
}

/** The account a button is about; a malformed id is an account that does not exist. */
function accountIdOf(form: FormData): string {
  const id = userId.safeParse(form.get("userId"));
  if (!id.success) throw new AppError("NOT_FOUND");
  return id.data;
}

/** The accounts page says what was refused: one's own account, or one that no longer exists. */
function accountRefused(error: AppError, locale: Locale): never {
  if (error.code === "CONFLICT") redirect(`/${locale}/staff/accounts?error=ownAccount`);
  if (error.code === "NOT_FOUND") redirect(`/${locale}/staff/accounts?error=notFound`);
  throw error;
}
