import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { recordPerson, startIntake, uniqueSurname } from "./support/cases";
import { staffState } from "./support/staff";

/** A birth date of its own: a first name and birth date seen before is offered as a likely duplicate. */
const aBirthDate = () =>
  `${1950 + randomInt(60)}-${String(1 + randomInt(12)).padStart(2, "0")}-${String(1 + randomInt(28)).padStart(2, "0")}`;

// Issue 18, items 4 and 7: nothing typed into an intake is dropped without a word (a note beside an
// unticked topic, a step link), step 3 has one primary action per screen, the intake is finished on
// a check-your-answers screen, and a completed intake is read-only with an explicit "change" per step.
test.use({ storageState: staffState("caseworker") });

/** A note no other test types, to find it again after a reload. */
const aNote = (text: string) => `${text} (${uniqueSurname("note")})`;

test("a note typed beside an unticked topic is saved, and is there after a reload", async ({ page }) => {
  const personId = await recordPerson(page, {
    firstName: "Iryna",
    lastName: uniqueSurname(),
    birthDate: aBirthDate(),
  });
  await startIntake(page, personId);
  const note = aNote("Looking for a flat near the school");
  await page.getByRole("textbox", { name: "Short note (Housing)" }).fill(note);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toHaveText("Step saved.");
  // What was saved is what is shown: the note counted as ticking its topic.
  await expect(page.getByRole("checkbox", { name: "Housing", exact: true })).toBeChecked();

  await page.reload();
  await expect(page.getByRole("textbox", { name: "Short note (Housing)" })).toHaveValue(note);
  await expect(page.getByRole("checkbox", { name: "Housing", exact: true })).toBeChecked();
  await expectNoAxeViolations(page);
});

for (const javaScriptEnabled of [true, false])
  test(`a step link saves the step first (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: staffState("caseworker"), javaScriptEnabled });
    const page = await context.newPage();
    const personId = await recordPerson(page, {
      firstName: "Petro",
      lastName: uniqueSurname(),
      birthDate: aBirthDate(),
    });
    const intakeId = await startIntake(page, personId);

    await page.getByRole("checkbox", { name: "Work", exact: true }).check();
    await page
      .getByRole("navigation", { name: "Steps of the intake" })
      .getByRole("button", { name: "2. Information given" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/en/staff/intakes/${intakeId}\\?step=information$`));
    const note = aNote("VDAB explained");
    await page.getByRole("textbox", { name: "Short note (Work)" }).fill(note);
    await page
      .getByRole("navigation", { name: "Steps of the intake" })
      .getByRole("button", { name: "1. Needs" })
      .click();
    await expect(page).toHaveURL(/step=needs$/);
    await expect(page.getByRole("checkbox", { name: "Work", exact: true })).toBeChecked();

    await page.goto(`/en/staff/intakes/${intakeId}?step=information`);
    await expect(page.getByRole("textbox", { name: "Short note (Work)" })).toHaveValue(note);
    await context.close();
  });

test("step 3 is two screens, the intake is finished after checking the answers, then read-only with 'change'", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const person = { firstName: "Olha", lastName: uniqueSurname(), birthDate: aBirthDate() };
  const personId = await recordPerson(page, person);
  const intakeId = await startIntake(page, personId);

  await page.getByRole("checkbox", { name: "Work", exact: true }).check();
  await page.getByRole("textbox", { name: "Short note (Work)" }).fill("Nurse");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/step=information$/);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/step=referrals$/);
  // The referrals screen has one primary action; the infosession booking has its own screen.
  await expect(page.getByRole("heading", { name: "Register for an infosession" })).toHaveCount(0);
  // An NT2 referral started here is linked to this intake unless the caseworker picks another.
  const referralLink = page.getByRole("link", { name: "Refer to Dutch lessons" });
  await expect(referralLink).toHaveAttribute("href", new RegExp(`intakeId=${intakeId}$`));
  const referralUrl = (await referralLink.getAttribute("href"))!;
  const referral = await page.context().newPage();
  await referral.goto(referralUrl);
  await referral.getByRole("group", { name: "Intended stay" }).getByLabel("Longer stay").check();
  await referral.getByRole("group", { name: "Prior schooling" }).getByLabel("Secondary school").check();
  await referral.getByRole("group", { name: "Available" }).getByLabel("Evening").check();
  await referral.getByRole("button", { name: "Show the suggestion" }).click();
  await expect(referral.getByLabel("Intake this referral comes from (optional)")).toHaveValue(intakeId);
  await referral.close();
  await page.getByRole("checkbox", { name: "Education", exact: true }).check();
  await page.getByLabel(/The person agrees that their situation is shared/).check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/step=infosession$/);
  await expect(page.getByRole("heading", { name: "Register for an infosession" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("button", { name: "Register", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Continue to the follow-up conversation" }).click();
  await expect(page).toHaveURL(/step=follow-up$/);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/step=check$/);

  const answers = page.getByTestId("intake-summary");
  await expect(answers).toContainText("Work: Nurse");
  await expect(answers).toContainText("Education (Suggested, not sent yet)");
  await expect(answers).toContainText("No follow-up conversation planned");
  await expect(answers).toContainText("Not booked into an infosession");
  await expect(page.getByRole("link", { name: "Change 4. Infosession" })).toHaveAttribute(
    "href",
    `/en/staff/intakes/${intakeId}?step=infosession`,
  );
  await expect(page.getByRole("link", { name: "Change 2. Information given" })).toHaveAttribute(
    "href",
    `/en/staff/intakes/${intakeId}?step=information`,
  );
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Finish intake" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/intakes/${intakeId}$`));
  await expect(page.getByRole("status")).toHaveText("This intake is finished.");

  // Read-only: no field to type in, whatever step the address asks for.
  await page.goto(`/en/staff/intakes/${intakeId}?step=needs`);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByTestId("intake-summary")).toContainText("Work: Nurse");
  // A booking is no step of the intake: it changes through the person's manage link, not here.
  await expect(page.getByRole("button", { name: "Change 4. Infosession" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Change 1. Needs" }).click();
  await expect(page).toHaveURL(/step=needs$/);
  await expect(page.getByText("You are changing this part of a finished intake")).toBeVisible();
  await page.getByRole("textbox", { name: "Short note (Work)" }).fill("Nurse, diploma being recognised");
  await page.getByRole("button", { name: "Save the change" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/intakes/${intakeId}\\?changed=1$`));
  await expect(page.getByRole("status")).toHaveText("This intake is finished. The change is saved.");
  await expect(page.getByTestId("intake-summary")).toContainText("Work: Nurse, diploma being recognised");
  await expect(page.getByRole("textbox")).toHaveCount(0);
});

test("the household form keeps the chosen person when the relation is missing", async ({ page }) => {
  const lastName = uniqueSurname();
  await recordPerson(page, { firstName: "Halyna", lastName, birthDate: aBirthDate() });
  await page.getByRole("button", { name: "Start a household with this person as head" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/households\/[0-9a-f-]{36}$/);
  const householdPath = new URL(page.url()).pathname;
  // Another surname: the same one would be offered as a likely duplicate of the head first.
  const childName = uniqueSurname();
  const childId = await recordPerson(page, {
    firstName: "Marta",
    lastName: childName,
    birthDate: aBirthDate(),
  });

  await page.goto(`${householdPath}?q=${encodeURIComponent(`Marta ${childName}`)}`);
  await page.getByRole("combobox", { name: "Person", exact: true }).selectOption(childId);
  await page.getByRole("button", { name: "Add to household" }).click();
  await expect(page.getByRole("combobox", { name: "Relation to the head" })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(page.getByRole("combobox", { name: "Person", exact: true })).toHaveValue(childId);
});
