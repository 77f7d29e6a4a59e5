import { expect, test } from "@playwright/test";
import { fillPersonForm, recordPerson, startIntake, uniqueSurname } from "./support/cases";
import { staffState } from "./support/staff";

// A caseworker's day in a real browser: find a person, record a new one, hold an intake in steps
// and find the planned follow-up. Every test records its own persons (unique surnames), so tests
// can run in parallel on one database; the demo persons are only read.
test.use({ storageState: staffState("caseworker") });

test("the search finds a person by a Latin fragment of their Cyrillic name", async ({ page }) => {
  await page.goto("/en/staff/persons");
  await page.getByRole("searchbox", { name: "Search by name" }).fill("shevch");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/staff\/persons\?q=shevch$/);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Oleksandr Shevchenko" }) });
  await expect(row.getByRole("cell").nth(1)).toHaveText("Олександр Шевченко");
  // Another organisation's person stays out of the caseworker's results.
  await page.getByRole("searchbox", { name: "Search by name" }).fill("bondarenko");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByText("No persons found.")).toBeVisible();
});

test("recording a person: a validation error keeps the input, a likely duplicate is shown first", async ({
  page,
}) => {
  const person = { firstName: "Mykola", lastName: uniqueSurname(), birthDate: "1990-03-04" };
  await page.goto("/en/staff/persons/new");
  await fillPersonForm(page, { ...person, email: "not-an-address" });
  await page.getByRole("button", { name: "Record person" }).click();

  const summary = page.getByRole("main").getByRole("alert").filter({ hasText: "The form has errors" });
  await expect(summary).toContainText("This is not a valid e-mail address.");
  await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("E-mail address")).toHaveValue("not-an-address");
  await expect(page.getByLabel("First name (Latin letters)")).toHaveValue(person.firstName);
  await expect(page.getByLabel("Last name (Latin letters)")).toHaveValue(person.lastName);
  await expect(page.getByLabel("Date of birth")).toHaveValue(person.birthDate);

  await page.getByLabel("E-mail address").fill("mykola@example.test");
  await page.getByRole("button", { name: "Record person" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/persons\/[0-9a-f-]{36}$/);
  const firstId = new URL(page.url()).pathname.split("/").pop()!;

  // The same name and birth date again: the existing record is offered before a second is made.
  await page.goto("/en/staff/persons/new");
  await fillPersonForm(page, person);
  await page.getByRole("button", { name: "Record person" }).click();
  const warning = page
    .getByRole("main")
    .getByRole("alert")
    .filter({ hasText: "This person probably exists already" });
  await expect(
    warning.getByRole("link", { name: new RegExp(`${person.firstName} ${person.lastName}`) }),
  ).toHaveAttribute("href", `/en/staff/persons/${firstId}`);
  await expect(page.getByLabel("Last name (Latin letters)")).toHaveValue(person.lastName);
  await page.getByRole("button", { name: "This is a different person: record anyway" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/persons\/[0-9a-f-]{36}$/);
  expect(new URL(page.url()).pathname).not.toContain(firstId);
  await expect(page.locator("h1")).toContainText(`${person.firstName} ${person.lastName}`);
});

test("an intake saved as a draft can be continued and finished, and its follow-up is in My follow-ups", async ({
  page,
}) => {
  const person = { firstName: "Halyna", lastName: uniqueSurname(), birthDate: "1975-08-21" };
  const personId = await recordPerson(page, person);
  const intakeId = await startIntake(page, personId);

  await page.getByRole("checkbox", { name: "Work", exact: true }).check();
  await page.getByRole("textbox", { name: "Short note (Work)" }).fill("Electrician, looking for work");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toHaveText("Step saved.");

  // Later: the draft is listed on the person's page and opens with what was saved.
  await page.goto(`/en/staff/persons/${personId}`);
  await page.getByRole("link", { name: /Draft, by Kris Trajectbegeleider/ }).click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/intakes/${intakeId}$`));
  await expect(page.getByRole("checkbox", { name: "Work", exact: true })).toBeChecked();
  await expect(page.getByRole("textbox", { name: "Short note (Work)" })).toHaveValue(
    "Electrician, looking for work",
  );

  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/step=information$/);
  await page.getByRole("checkbox", { name: "Housing", exact: true }).check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/step=referrals$/);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/step=infosession$/);
  await page.getByRole("link", { name: "Continue to the follow-up conversation" }).click();
  await expect(page).toHaveURL(/step=follow-up$/);
  const dueOn = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Date", { exact: true }).fill(dueOn);
  await expect(page.getByLabel("Caseworker")).toHaveValue("demo-caseworker");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/step=check$/);
  await page.getByRole("button", { name: "Finish intake" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/staff/intakes/${intakeId}$`));
  await expect(page.getByRole("status")).toHaveText("This intake is finished.");

  await page
    .getByRole("navigation", { name: "Staff menu" })
    .getByRole("link", { name: "My follow-ups" })
    .click();
  await expect(page.locator("h1")).toHaveText("My follow-ups");
  const item = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: `${person.firstName} ${person.lastName}` }) });
  await expect(item).toContainText("Planned");
  await expect(item.locator("time")).toHaveAttribute("datetime", dueOn);
  await expect(item.getByRole("link", { name: "Open intake" })).toHaveAttribute(
    "href",
    `/en/staff/intakes/${intakeId}`,
  );
});

test("a new household member is registered from the household, with the family's details carried over", async ({
  page,
}) => {
  const lastName = uniqueSurname();
  const headId = await recordPerson(page, { firstName: "Halyna", lastName, birthDate: "1984-05-06" });
  await page.getByRole("button", { name: "Start a household with this person as head" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/households\/[0-9a-f-]{36}$/);
  await page.getByRole("link", { name: "Register a new household member" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `New household member of Halyna ${lastName}`,
  );
  await expect(page.getByLabel("Last name (Latin letters)")).toHaveValue(lastName);
  await expect(page.getByLabel("First name (Latin letters)")).toHaveValue("");
  await page.getByLabel("First name (Latin letters)").fill("Marta");
  await page.getByLabel("Date of birth").fill("2016-04-02");
  await page.getByLabel("Relation to the head").selectOption("CHILD");
  await page.getByRole("button", { name: "Record person" }).click();

  await expect(page.locator("h1")).toContainText(`Marta ${lastName}`);
  await page.getByRole("link", { name: "Open household" }).click();
  await expect(page.getByRole("link", { name: `Halyna ${lastName}` })).toBeVisible();
  const marta = page.getByRole("listitem").filter({ hasText: `Marta ${lastName}` });
  await expect(marta).toContainText("(Child)");
  expect(headId).toMatch(/^[0-9a-f-]{36}$/);

  // Removing a member is a confirmation behind a disclosure, not one click beside the name.
  const remove = page.getByRole("button", { name: `Remove Marta ${lastName} from the household` });
  await expect(remove).toBeHidden();
  await marta.getByText("Remove from household").click();
  await expect(marta).toContainText("will no longer belong to this household");
  await remove.click();
  await expect(page.getByRole("link", { name: `Marta ${lastName}` })).toHaveCount(0);
  await expect(page.getByRole("link", { name: `Halyna ${lastName}` })).toBeVisible();
});
