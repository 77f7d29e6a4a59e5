"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locale";
import { requireActor } from "@/server/auth/current-actor";
import { addHouseholdMember } from "@/server/cases/add-household-member";
import { removeHouseholdMember } from "@/server/cases/remove-household-member";
import { AppError } from "@/server/errors";
import { failureState } from "../../_cases/action-failure";
import { valuesOf, type FormState } from "../../_cases/form-state";

export async function addHouseholdMemberAction(
  locale: Locale,
  householdId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(locale, "persons.write");
  const values = valuesOf(formData);
  try {
    await addHouseholdMember(actor, householdId, {
      personId: formData.get("personId"),
      relation: formData.get("relation"),
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      const t = await getTranslations({ locale, namespace: "cases.household" });
      return { values, errors: { personId: [t("alreadyInHousehold")] }, status: "error" };
    }
    return failureState(locale, error, values);
  }
  redirect(`/${locale}/staff/households/${householdId}`);
}

export async function removeHouseholdMemberAction(
  locale: Locale,
  householdId: string,
  personId: string,
): Promise<void> {
  const actor = await requireActor(locale, "persons.write");
  await removeHouseholdMember(actor, householdId, personId);
  redirect(`/${locale}/staff/households/${householdId}`);
}
