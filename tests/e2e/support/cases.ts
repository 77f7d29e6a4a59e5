import { randomInt } from "node:crypto";
import { expect, type Page } from "@playwright/test";

/** A surname no other test uses, in Latin letters only (as the form asks), e.g. "Testenko Qvirmal". */
export function uniqueSurname(stem = "Testenko"): string {
  const letters = Array.from({ length: 6 }, () => String.fromCharCode(97 + randomInt(26))).join("");
  return `${stem} ${letters[0]!.toUpperCase()}${letters.slice(1)}`;
}

export type NewPerson = { firstName: string; lastName: string; birthDate: string; email?: string };

/** Fills the "record a new person" form (English) with the given fields. */
export async function fillPersonForm(page: Page, person: NewPerson): Promise<void> {
  await page.getByLabel("First name (Latin letters)").fill(person.firstName);
  await page.getByLabel("Last name (Latin letters)").fill(person.lastName);
  await page.getByLabel("Date of birth").fill(person.birthDate);
  await page.getByLabel("E-mail address").fill(person.email ?? "");
}

/** Records a person through the form, as the signed-in caseworker, and returns their id. */
export async function recordPerson(page: Page, person: NewPerson): Promise<string> {
  await page.goto("/en/staff/persons/new");
  await fillPersonForm(page, person);
  await page.getByRole("button", { name: "Record person" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/persons\/[0-9a-f-]{36}$/);
  await expect(page.locator("h1")).toContainText(`${person.firstName} ${person.lastName}`);
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** Starts an intake for a person and returns its id; the page is then on the intake's first step. */
export async function startIntake(page: Page, personId: string): Promise<string> {
  await page.goto(`/en/staff/persons/${personId}/intakes/new`);
  await page.getByRole("button", { name: "Start intake" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/intakes\/[0-9a-f-]{36}\?step=needs$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}
