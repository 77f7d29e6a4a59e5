"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { createPerson } from "@/server/cases/create-person";
import { updatePerson } from "@/server/cases/update-person";
import type { FormState } from "@/components/staff-forms/form-state";
import { refused, runStaffAction } from "../_actions/staff-action";
import { fullName, formatDate } from "../_cases/format";
import { personFormInput } from "../_cases/person-fields";

export async function createPersonAction(
  localeArg: unknown,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, formData, {
    permission: "persons.write",
    input: personFormInput,
    run: (actor, person) => {
      const householdId = formData.get("householdId");
      return createPerson(actor, person, {
        confirmedNotDuplicate: formData.get("intent") === "override",
        ...(householdId ? { household: { householdId, relation: formData.get("relation") } } : {}),
      });
    },
    done: async (result, { locale, values }) => {
      if (result.status !== "possibleDuplicates") redirect(`/${locale}/staff/persons/${result.id}`);
      // A refusal like any other, so the warning is in the focused summary with its override button.
      const t = await getTranslations({ locale, namespace: "cases.person" });
      return refused(locale, {
        values,
        message: `${t("duplicatesTitle")}. ${t("duplicatesBody")}`,
        links: result.duplicates.map((person) => ({
          href: `/${locale}/staff/persons/${person.id}`,
          label: [fullName(person), formatDate(locale, person.birthDate), person.municipalityName]
            .filter(Boolean)
            .join(", "),
        })),
        offerOverride: true,
      });
    },
  });
}

export async function updatePersonAction(
  localeArg: unknown,
  personId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, formData, {
    permission: "persons.write",
    wording: { codes: { STALE_EDIT: "cases.person.staleEdit" } },
    input: (form) => ({ personId, version: form.get("version"), person: personFormInput(form) }),
    run: (actor, input: Parameters<typeof updatePerson>[1]) => updatePerson(actor, input),
    done: (_result, { locale }) => redirect(`/${locale}/staff/persons/${personId}`),
  });
}
