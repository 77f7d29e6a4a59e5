import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { recordPerson, startIntake, uniqueSurname } from "./support/cases";
import { staffState } from "./support/staff";

/** A birth date of its own: a first name and birth date seen before is offered as a likely duplicate. */
const aBirthDate = () =>
  `${1950 + randomInt(60)}-${String(1 + randomInt(12)).padStart(2, "0")}-${String(1 + randomInt(28)).padStart(2, "0")}`;

// Issue 18, item 5: ticking "Education" in an intake used to make a referral "Sent" to nobody. Now
// it is a to-do on the caseworker's overview until it is sent to a named organisation.
test.use({ storageState: staffState("caseworker") });

test("a referral suggested by the intake is a to-do until it is sent to a named organisation", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const person = { firstName: "Maksym", lastName: uniqueSurname(), birthDate: aBirthDate() };
  const name = `${person.firstName} ${person.lastName}`;
  const personId = await recordPerson(page, person);
  const intakeId = await startIntake(page, personId);
  await page.goto(`/en/staff/intakes/${intakeId}?step=referrals`);
  // An interpreter is an interpreter request linked to the case, not a referral to nobody.
  await expect(page.getByRole("checkbox", { name: "An interpreter", exact: true })).toHaveCount(0);
  await expect(
    page.getByRole("link", { name: "Request an interpreter (the request is linked to this person)" }),
  ).toHaveAttribute("href", new RegExp(`/en/staff/interpreters\\?personId=[0-9a-f-]{36}#request$`));
  await page.getByRole("checkbox", { name: "Education", exact: true }).check();
  await page.getByLabel(/The person agrees that their situation is shared/).check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toHaveText("Step saved.");

  await page.goto("/en/staff");
  const todo = page.getByRole("table", { name: /^Suggested referrals, still to send/ });
  const row = todo.getByRole("row").filter({ has: page.getByRole("link", { name }) });
  await expect(row).toContainText("Education");
  await row.getByRole("link", { name: "Send or withdraw" }).click();

  await expect(page.getByRole("main")).toContainText(
    "This referral has not been sent: nobody has received it.",
  );
  await expect(page.getByRole("main")).toContainText("Suggested, not sent yet");
  await expect(page.getByRole("main")).toContainText("Nobody yet (suggested)");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Choose the organisation that receives the referral.",
  );
  await page.getByLabel("Organisation that receives the referral").selectOption({ label: "CVO Gent" });
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/staff\/referrals\/[0-9a-f-]{36}\?changed=1$/);
  await expect(page.getByRole("main")).toContainText("To organisation");
  await expect(page.getByRole("main")).toContainText("CVO Gent");
  await expect(page.getByRole("main").locator("dl").first()).toContainText("Sent");

  await page.goto("/en/staff");
  await expect(
    page.getByRole("table", { name: /^Suggested referrals/ }).getByRole("link", { name }),
  ).toHaveCount(0);
});
