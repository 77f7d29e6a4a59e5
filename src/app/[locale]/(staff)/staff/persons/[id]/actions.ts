"use server";

import { redirect } from "next/navigation";
import { createHousehold } from "@/server/cases/create-household";
import { erasePerson } from "@/server/cases/erase-person";
import { runStaffCommand } from "../../_actions/staff-command";

export async function createHouseholdAction(localeArg: unknown, personId: string): Promise<void> {
  return runStaffCommand(localeArg, {
    permission: "persons.write",
    run: (actor) => createHousehold(actor, personId),
    done: (household, locale) => redirect(`/${locale}/staff/households/${household.id}`),
  });
}

/** Erasure needs the confirmation box; without it the page is shown again unchanged. */
export async function erasePersonAction(
  localeArg: unknown,
  personId: string,
  formData: FormData,
): Promise<void> {
  return runStaffCommand(localeArg, {
    permission: "persons.erase",
    run: async (actor, locale) => {
      if (formData.get("confirm") !== "on") redirect(`/${locale}/staff/persons/${personId}`);
      await erasePerson(actor, personId);
    },
    done: (_erased, locale) => redirect(`/${locale}/staff/persons?erased=1`),
  });
}
