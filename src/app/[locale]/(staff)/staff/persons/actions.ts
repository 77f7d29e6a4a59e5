"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locale";
import { requireActor } from "@/server/auth/current-actor";
import { createPerson } from "@/server/cases/create-person";
import { updatePerson } from "@/server/cases/update-person";
import { failureState } from "../_cases/action-failure";
import { fullName, formatDate } from "../_cases/format";
import { valuesOf, type FormState } from "../_cases/form-state";
import { personFormInput } from "../_cases/person-fields";

export async function createPersonAction(
  locale: Locale,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(locale, "persons.write");
  const values = valuesOf(formData);
  let id: string;
  try {
    const householdId = formData.get("householdId");
    const result = await createPerson(actor, personFormInput(formData), {
      confirmedNotDuplicate: formData.get("intent") === "override",
      ...(householdId ? { household: { householdId, relation: formData.get("relation") } } : {}),
    });
    if (result.status === "possibleDuplicates") {
      const t = await getTranslations({ locale, namespace: "cases.person" });
      return {
        values,
        errors: {},
        status: "error",
        message: `${t("duplicatesTitle")}. ${t("duplicatesBody")}`,
        links: result.duplicates.map((person) => ({
          href: `/${locale}/staff/persons/${person.id}`,
          label: [fullName(person), formatDate(locale, person.birthDate), person.municipalityName]
            .filter(Boolean)
            .join(", "),
        })),
        offerOverride: true,
      };
    }
    id = result.id;
  } catch (error) {
    return failureState(locale, error, values);
  }
  redirect(`/${locale}/staff/persons/${id}`);
}

export async function updatePersonAction(
  locale: Locale,
  personId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(locale, "persons.write");
  const values = valuesOf(formData);
  try {
    await updatePerson(actor, {
      personId,
      version: formData.get("version"),
      person: personFormInput(formData),
    });
  } catch (error) {
    return failureState(locale, error, values);
  }
  redirect(`/${locale}/staff/persons/${personId}`);
}
