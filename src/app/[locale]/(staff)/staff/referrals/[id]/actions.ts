"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isLocale } from "@/domain/locale";
import { referralTransitionInput } from "@/domain/referrals/nt2-referral-input";
import { requireActor } from "@/server/auth/current-actor";
import { changeReferralStatus } from "@/server/referrals/change-referral-status";
import { sendSuggestedReferral } from "@/server/referrals/send-suggested-referral";
import { valuesOf, type FormState } from "@/components/staff-forms/form-state";
import { formStateFor } from "../action-errors";

export async function changeStatus(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  if (!isLocale(locale)) throw new Error("unknown locale");
  const actor = await requireActor(locale, "referrals.read");
  const values = valuesOf(formData);
  const t = await getTranslations({ locale, namespace: "referrals" });
  const parsed = referralTransitionInput.safeParse({
    referralId: formData.get("referralId"),
    to: formData.get("to"),
    reason: formData.get("reason") ?? undefined,
    version: formData.get("version"),
  });
  if (!parsed.success) return { status: "error", message: t("errors.invalid"), values };
  try {
    await changeReferralStatus(actor, parsed.data);
  } catch (error) {
    const state = await formStateFor(locale, error, values);
    if (state.fieldErrors?.reason)
      return {
        ...state,
        message: t("errors.reasonRequired"),
        fieldErrors: { reason: [t("errors.reasonRequired")] },
      };
    if (state.message === t("errors.stale"))
      revalidatePath(`/${locale}/staff/referrals/${parsed.data.referralId}`);
    return state;
  }
  revalidatePath(`/${locale}/staff/referrals/${parsed.data.referralId}`);
  // The page says so, not the form: after a final move (declined, completed, dropped out) the form is gone.
  redirect(`/${locale}/staff/referrals/${parsed.data.referralId}?changed=1`);
}

/** Sends a suggested referral to the organisation chosen on its page. */
export async function sendSuggested(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  if (!isLocale(locale)) throw new Error("unknown locale");
  const actor = await requireActor(locale, "referrals.create");
  const values = valuesOf(formData);
  const referralId = String(formData.get("referralId") ?? "");
  try {
    await sendSuggestedReferral(actor, {
      referralId,
      targetOrganisationId: formData.get("targetOrganisationId"),
      version: formData.get("version"),
    });
  } catch (error) {
    const state = await formStateFor(locale, error, values);
    if (state.fieldErrors?.targetOrganisationId) {
      const t = await getTranslations({ locale, namespace: "referrals" });
      return { ...state, message: t("errors.organisationRequired") };
    }
    return state;
  }
  revalidatePath(`/${locale}/staff/referrals/${referralId}`);
  redirect(`/${locale}/staff/referrals/${referralId}?changed=1`);
}
