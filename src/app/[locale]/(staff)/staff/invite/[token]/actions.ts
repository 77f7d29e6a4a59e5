"use server";

import { redirect } from "next/navigation";
import { invitationAcceptanceInput } from "@/domain/accounts";
import { acceptInvitation } from "@/server/accounts/accept-invitation";
import { AppError } from "@/server/errors";
import type { FormState } from "@/components/staff-forms/form-state";
import { runSignedOutAction } from "../../_actions/staff-action";

export async function acceptInvitationAction(
  localeArg: unknown,
  token: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  return runSignedOutAction(localeArg, form, {
    schema: invitationAcceptanceInput,
    wording: { reasons: { accountExists: "staff.invite.accountExists" } },
    input: (form) => ({
      name: String(form.get("name") ?? "").slice(0, 200),
      password: form.get("password") ?? "",
    }),
    run: (acceptance) => {
      if (acceptance.password !== form.get("passwordConfirm"))
        throw new AppError("INVALID_INPUT", undefined, { passwordConfirm: ["passwordsDiffer"] });
      return acceptInvitation(token, acceptance);
    },
    done: (_accepted, { locale }) => redirect(`/${locale}/staff/sign-in?notice=accountCreated`),
  });
}
