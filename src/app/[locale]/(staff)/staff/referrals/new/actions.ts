"use server";

import { redirect } from "next/navigation";
import { nt2ReferralInput } from "@/domain/referrals/nt2-referral-input";
import { createNt2Referral } from "@/server/referrals/create-nt2-referral";
import type { FormState } from "@/components/staff-forms/form-state";
import { runStaffAction } from "../../_actions/staff-action";
import { referralsWording } from "../../_actions/wordings";

export async function sendNt2Referral(
  localeArg: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, formData, {
    permission: "referrals.create",
    schema: nt2ReferralInput,
    wording: {
      ...referralsWording,
      fields: {
        targetOrganisationId: "referrals.errors.providerRequired",
        consentGiven: "referrals.errors.consentRequired",
      },
    },
    input: (form) => ({
      personId: form.get("personId"),
      intakeId: form.get("intakeId") ?? undefined,
      targetOrganisationId: form.get("targetOrganisationId") ?? "",
      consentGiven: form.get("consentGiven") ?? undefined,
      consentOverrideReason: form.get("consentOverrideReason") ?? undefined,
      profile: {
        cvoProfile: form.get("cvoProfile") ?? undefined,
        digitallySkilled: form.get("digitallySkilled") ?? undefined,
        intendedStay: form.get("intendedStay"),
        priorSchooling: form.get("priorSchooling"),
        availability: form.getAll("availability"),
        mode: form.get("mode"),
        region: form.get("region"),
      },
    }),
    run: (actor, referral) => createNt2Referral(actor, referral),
    done: ({ id }, { locale }) => redirect(`/${locale}/staff/referrals/${id}?sent=1`),
  });
}
