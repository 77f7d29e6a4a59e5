import { expect, test } from "@playwright/test";
import { brusselsDate } from "../../src/domain/time/brussels";
import { expectNoAxeViolations } from "./support/axe";
import { recordPerson, uniqueSurname } from "./support/cases";
import { staffState } from "./support/staff";

// Follow-ups planned from the person's page (issue 18, item 10) and marked as held on a screen of
// their own with the outcome (item 9); an interpreter request started from the case (item 10/11).
test.use({ storageState: staffState("caseworker") });

const inDays = (days: number) => brusselsDate(new Date(Date.now() + days * 86_400_000));

test("a follow-up planned from the person's page, with an interpreter, then held with its outcome", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const person = { firstName: "Halyna", lastName: uniqueSurname(), birthDate: "1979-09-21" };
  const name = `${person.firstName} ${person.lastName}`;
  const personId = await recordPerson(page, person);

  await page.getByRole("link", { name: "Plan a follow-up conversation" }).click();
  await expect(page.locator("h1")).toHaveText(`Plan a follow-up conversation with ${name}`);
  await expectNoAxeViolations(page);

  // A date in the past is questioned, not taken silently; what was typed stays.
  await page.getByLabel("Date").fill(inDays(-3));
  await page.getByLabel("What is the conversation about? (optional)").fill("Check the school enrolment");
  await page.getByRole("button", { name: "Plan the conversation" }).click();
  await expect(page.getByRole("main").getByRole("alert").first()).toContainText("This date is in the past.");
  await expect(page.getByRole("button", { name: "Plan on this date anyway" })).toBeVisible();
  await expect(page.getByLabel("What is the conversation about? (optional)")).toHaveValue(
    "Check the school enrolment",
  );

  // A later date, a time and an interpreter: saving leads straight on to the interpreter request.
  const dueOn = inDays(6);
  await page.getByLabel("Date").fill(dueOn);
  await page.getByLabel("Time (optional)").fill("10:30");
  await page.getByLabel("An interpreter is needed").check();
  await page.getByRole("button", { name: "Plan on this date anyway" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/interpreters\\?personId=${personId}&`));
  const request = page.locator("form").filter({ hasText: `For the case of ${name}` });
  await expect(request.getByLabel("Date and time (Brussels time)")).toHaveValue(`${dueOn}T10:30`);
  await expectNoAxeViolations(page);

  // The language by its name; on site needs an address.
  await request.getByLabel("Language").fill("Ukrainian");
  await request.getByLabel("Purpose").fill("Follow-up conversation about school");
  await request.getByRole("radio", { name: "On site" }).check();
  await request.getByRole("button", { name: "Send the request" }).click();
  await expect(page.getByRole("main").getByRole("alert").first()).toContainText("Please fill this in.");
  await expect(request.getByLabel("Language")).toHaveValue("Ukrainian");
  await request.getByLabel("Address (for an interpreter on site)").fill("OCMW, Onderbergen 86, room 2");
  await request.getByRole("button", { name: "Send the request" }).click();
  await expect(page.getByRole("status")).toHaveText("Your request was sent.");
  const listed = page.getByRole("listitem").filter({ hasText: "Follow-up conversation about school" });
  await expect(listed).toContainText("Ukrainian");
  await expect(listed).toContainText("Where: OCMW, Onderbergen 86, room 2");

  // The person's page lists the conversation with its time, purpose and interpreter need.
  await page.goto(`/en/staff/persons/${personId}`);
  const planned = page.getByRole("listitem").filter({ hasText: "Check the school enrolment" });
  await expect(planned).toContainText("10:30");
  await expect(planned).toContainText("Interpreter needed");

  // Held: its own screen asks the outcome and offers the next conversation.
  await page.goto("/en/staff/follow-ups");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name }) });
  await expect(card).toContainText("10:30");
  await card.getByRole("link", { name: "Record as held" }).click();
  await expect(page.locator("h1")).toContainText(`Record the conversation with ${name}`);
  await expectNoAxeViolations(page);
  await page.getByLabel("What came of it? (optional)").fill("Found a school, lessons from January");
  await page.getByLabel("Plan the next conversation straight away").check();
  await page.getByRole("button", { name: "Record as held" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/persons/${personId}/follow-ups/new$`));

  await page.goto(`/en/staff/persons/${personId}`);
  await expect(page.locator("main")).toContainText("Outcome: Found a school, lessons from January");
});
