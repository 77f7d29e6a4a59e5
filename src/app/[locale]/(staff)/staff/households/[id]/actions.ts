"use server";

import { redirect } from "next/navigation";
import { addHouseholdMember } from "@/server/cases/add-household-member";
import { removeHouseholdMember } from "@/server/cases/remove-household-member";
import type { FormState } from "@/components/staff-forms/form-state";
import { runStaffAction } from "../../_actions/staff-action";
import { runStaffCommand } from "../../_actions/staff-command";

export async function addHouseholdMemberAction(
  localeArg: unknown,
  householdId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, formData, {
    permission: "persons.write",
    input: (form) => ({ personId: form.get("personId"), relation: form.get("relation") }),
    run: (actor, input) => addHouseholdMember(actor, householdId, input),
    done: (_added, { locale }) => redirect(`/${locale}/staff/households/${householdId}`),
  });
}

export async function removeHouseholdMemberAction(
  localeArg: unknown,
  householdId: string,
  personId: string,
): Promise<void> {
  return runStaffCommand(localeArg, {
    permission: "persons.write",
    run: (actor) => removeHouseholdMember(actor, householdId, personId),
    done: (_removed, locale) => redirect(`/${locale}/staff/households/${householdId}`),
  });
}
