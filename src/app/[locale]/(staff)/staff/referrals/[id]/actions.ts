"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { referralTransitionInput } from "@/domain/referrals/nt2-referral-input";
import { AppError } from "@/server/errors";
import { changeReferralStatus } from "@/server/referrals/change-referral-status";
import { sendSuggestedReferral } from "@/server/referrals/send-suggested-referral";
import type { FormState } from "@/components/staff-forms/form-state";
import { runStaffAction } from "../../_actions/staff-action";
import { referralsWording } from "../../_actions/wordings";
import { staffLocale } from "../../staff-locale";

export async function changeStatus(
  localeArg: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const referralPath = `/${staffLocale(localeArg)}/staff/referrals/${String(formData.get("referralId"))}`;
  return runStaffAction(localeArg, formData, {
    permission: "referrals.read",
    schema: referralTransitionInput,
    wording: { ...referralsWording, fields: { reason: "referrals.errors.reasonRequired" } },
    input: (form) => ({
      referralId: form.get("referralId"),
      to: form.get("to"),
      reason: form.get("reason") ?? undefined,
      version: form.get("version"),
    }),
    run: async (actor, transition) => {
      try {
        await changeReferralStatus(actor, transition);
      } catch (error) {
        // Someone else moved it: the page behind the message shows the status as it is now.
        if (error instanceof AppError && error.code === "STALE_EDIT") revalidatePath(referralPath);
        throw error;
      }
    },
    done: () => {
      revalidatePath(referralPath);
      // The page says so, not the form: after a final move (declined, completed, dropped out) the form is gone.
      redirect(`${referralPath}?changed=1`);
    },
  });
}

/** Sends a suggested referral to the organisation chosen on its page. */
export async function sendSuggested(
  localeArg: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const referralId = String(formData.get("referralId") ?? "");
  return runStaffAction(localeArg, formData, {
    permission: "referrals.create",
    wording: {
      ...referralsWording,
      fields: { targetOrganisationId: "referrals.errors.organisationRequired" },
    },
    input: (form) => ({
      referralId,
      targetOrganisationId: form.get("targetOrganisationId"),
      version: form.get("version"),
    }),
    run: (actor, input: Parameters<typeof sendSuggestedReferral>[1]) => sendSuggestedReferral(actor, input),
    done: (_sent, { locale }) => {
      revalidatePath(`/${locale}/staff/referrals/${referralId}`);
      redirect(`/${locale}/staff/referrals/${referralId}?changed=1`);
    },
  });
}
