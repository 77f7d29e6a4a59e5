"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isLocale } from "@/domain/locale";
import { nt2ReferralInput } from "@/domain/referrals/nt2-referral-input";
import { fieldErrorsOf } from "@/domain/validation";
import { requireActor } from "@/server/auth/current-actor";
import { createNt2Referral } from "@/server/referrals/create-nt2-referral";
import { valuesOf, type FormState } from "@/components/staff-forms/form-state";
import { formStateFor, translateFieldErrors } from "../action-errors";

export async function sendNt2Referral(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  if (!isLocale(locale)) throw new Error("unknown locale");
  const actor = await requireActor(locale, "referrals.create");
  const values = valuesOf(formData);
  const parsed = nt2ReferralInput.safeParse({
    personId: formData.get("personId"),
    intakeId: formData.get("intakeId") ?? undefined,
    targetOrganisationId: formData.get("targetOrganisationId") ?? "",
    consentGiven: formData.get("consentGiven") ?? undefined,
    consentOverrideReason: formData.get("consentOverrideReason") ?? undefined,
    profile: {
      cvoProfile: formData.get("cvoProfile") ?? undefined,
      digitallySkilled: formData.get("digitallySkilled") ?? undefined,
      intendedStay: formData.get("intendedStay"),
      priorSchooling: formData.get("priorSchooling"),
      availability: formData.getAll("availability"),
      mode: formData.get("mode"),
      region: formData.get("region"),
    },
  });
  const t = await getTranslations({ locale, namespace: "referrals" });
  if (!parsed.success) {
    const fieldErrors = await translateFieldErrors(locale, fieldErrorsOf(parsed.error));
    if (fieldErrors.targetOrganisationId) fieldErrors.targetOrganisationId = [t("errors.providerRequired")];
    return { status: "error", message: t("errors.invalid"), fieldErrors, values };
  }
  let id: string;
  try {
    ({ id } = await createNt2Referral(actor, parsed.data));
  } catch (error) {
    const state = await formStateFor(locale, error, values);
    if (state.fieldErrors?.consentGiven) return { ...state, message: t("errors.consentRequired") };
    return state;
  }
  redirect(`/${locale}/staff/referrals/${id}?sent=1`);
}
