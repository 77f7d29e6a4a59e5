"use server";

import { redirect } from "next/navigation";
import type { Locale } from "@/domain/locale";
import { requireActor } from "@/server/auth/current-actor";
import { createHousehold } from "@/server/cases/create-household";
import { erasePerson } from "@/server/cases/erase-person";

export async function createHouseholdAction(locale: Locale, personId: string): Promise<void> {
  const actor = await requireActor(locale, "persons.write");
  const household = await createHousehold(actor, personId);
  redirect(`/${locale}/staff/households/${household.id}`);
}

/** Erasure needs the confirmation box; without it the page is shown again unchanged. */
export async function erasePersonAction(locale: Locale, personId: string, formData: FormData): Promise<void> {
  const actor = await requireActor(locale, "persons.erase");
  if (formData.get("confirm") !== "on") redirect(`/${locale}/staff/persons/${personId}`);
  await erasePerson(actor, personId);
  redirect(`/${locale}/staff/persons?erased=1`);
}
