import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { recordPerson, startIntake, uniqueSurname } from "./support/cases";
import { staffState, type DemoStaff } from "./support/staff";

// Every staff form answers a refused submit the same way (the public registration form's pattern):
// one summary that takes focus, lists each error as a link to its field, puts "Error: " ("Fout: ")
// before the page title, while each field shows its own message beside it. The walk submits each
// form empty or invalid; the forms that need a record get one made by the test itself.

/** Letters only: digits in a question could look like a phone number to the personal-data check. */
const uniqueWord = () =>
  Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

async function signedIn(browser: Browser, who: DemoStaff): Promise<Page> {
  const context = await browser.newContext({ storageState: staffState(who) });
  return context.newPage();
}

/** The summary has focus, the title says so, and its first link leads to a field that names the same error. */
async function expectFocusedSummary(page: Page, titlePrefix = "Error: "): Promise<void> {
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(`^${titlePrefix}`));
  const firstLink = summary.locator('a[href^="#"]').first();
  const linkText = ((await firstLink.textContent()) ?? "").trim();
  expect(linkText).not.toBe("");
  await firstLink.click();
  // The field (or its group) is described by its own message, the one the summary links from.
  const described = await page.evaluate(() => {
    const field = document.activeElement;
    if (!field?.matches("input, select, textarea")) return null;
    const describers = [field, field.closest("fieldset")].flatMap((element) =>
      (element?.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean),
    );
    return describers.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
  });
  expect(described).toContain(linkText);
}

test.describe("a caseworker's forms", () => {
  test.use({ storageState: staffState("caseworker") });

  test("person (in Dutch and English), duplicate warning, household, intake start and step, interpreter, question", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto("/nl/staff/persons/new");
    await page.getByRole("button", { name: "Persoon registreren" }).click();
    await expectFocusedSummary(page, "Fout: ");
    await expectNoAxeViolations(page);

    await page.goto("/en/staff/persons/new");
    await page.getByRole("button", { name: "Record person" }).click();
    await expectFocusedSummary(page);

    // The duplicate warning is in the focused summary, with its "record anyway" button beside the matches.
    const person = { firstName: "Iryna", lastName: uniqueSurname(), birthDate: "1984-07-21" };
    const personId = await recordPerson(page, person);
    await page.goto("/en/staff/persons/new");
    await page.getByLabel("First name (Latin letters)").fill(person.firstName);
    await page.getByLabel("Last name (Latin letters)").fill(person.lastName);
    await page.getByLabel("Date of birth").fill(person.birthDate);
    await page.getByRole("button", { name: "Record person" }).click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("This person probably exists already");
    await expect(
      summary.getByRole("button", { name: "This is a different person: record anyway" }),
    ).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);

    await page.goto(`/en/staff/persons/${personId}`);
    await page.getByRole("button", { name: "Start a household with this person as head" }).click();
    await expect(page).toHaveURL(/\/en\/staff\/households\/[0-9a-f-]{36}$/);
    // A demo person found by name, added without a relation.
    await page.goto(`${new URL(page.url()).pathname}?q=shevch`);
    await page.getByRole("button", { name: "Add to household" }).click();
    await expectFocusedSummary(page);

    await page.goto(`/en/staff/persons/${personId}/intakes/new`);
    await page.getByLabel("Date of the conversation").fill("");
    await page.getByRole("button", { name: "Start intake" }).click();
    await expectFocusedSummary(page);

    // Step 3: a referral ticked without the person's consent.
    const intakeId = await startIntake(page, personId);
    await page.goto(`/en/staff/intakes/${intakeId}?step=referrals`);
    await page.getByRole("main").getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expectFocusedSummary(page);

    await page.goto("/en/staff/interpreters");
    await page.getByRole("button", { name: "Send the request" }).click();
    await expectFocusedSummary(page);
    // The purpose says what it needs, not only "too short".
    await expect(page.getByTestId("error-summary")).toContainText(
      "Describe the purpose in at least 3 and at most 500 characters.",
    );
    await expectNoAxeViolations(page);

    await page.goto("/en/staff/questions");
    await page.getByRole("button", { name: "Send the question" }).click();
    await expectFocusedSummary(page);
  });
});

test("an NT2 referral without a provider, and a decline without a reason", async ({ browser }) => {
  test.setTimeout(120_000);
  const caseworker = await signedIn(browser, "caseworker");
  const person = { firstName: "Olena", lastName: uniqueSurname(), birthDate: "1991-02-14" };
  const personId = await recordPerson(caseworker, person);
  await caseworker.goto(`/en/staff/persons/${personId}`);
  await caseworker.getByRole("link", { name: "Refer to Dutch lessons" }).click();
  await caseworker.getByLabel("Adult education (CVO) profile").check();
  await caseworker.getByRole("group", { name: "Intended stay" }).getByLabel("Longer stay").check();
  await caseworker.getByRole("group", { name: "Prior schooling" }).getByLabel("Secondary school").check();
  await caseworker.getByRole("group", { name: "Available" }).getByLabel("Evening").check();
  await caseworker.getByRole("button", { name: "Show the suggestion" }).click();
  await caseworker.getByRole("button", { name: "Send the referral" }).click();
  await expectFocusedSummary(caseworker);
  await caseworker.getByRole("radio", { name: "CVO Gent" }).check();
  await caseworker.getByLabel("The person agreed that their name").check();
  await caseworker.getByRole("button", { name: "Send the referral" }).click();
  await expect(caseworker).toHaveURL(/\/en\/staff\/referrals\/[0-9a-f-]{36}\?sent=1$/);
  const referralPath = new URL(caseworker.url()).pathname;

  const provider = await signedIn(browser, "nt2");
  await provider.goto(referralPath);
  // A decline is its own screen, which needs the reason.
  await provider.getByRole("link", { name: "Decline" }).click();
  await provider.getByRole("button", { name: "Decline" }).click();
  await expectFocusedSummary(provider);
  await caseworker.context().close();
  await provider.context().close();
});

test.describe("an administrator's forms", () => {
  test.use({ storageState: staffState("admin") });

  test("infosession, invitation and organisation", async ({ page }) => {
    await page.goto("/en/staff/infosessions/new");
    await page.getByLabel("Online meeting link (https)").fill("http://not-secure.example");
    await page.getByRole("button", { name: "Create session" }).click();
    await expectFocusedSummary(page);

    await page.goto("/en/staff/accounts");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expectFocusedSummary(page);

    await page.goto("/en/staff/organisations/new");
    await page.getByRole("button", { name: "Create organisation" }).click();
    await expectFocusedSummary(page);
    await expectNoAxeViolations(page);
  });
});

test.describe("a content editor's form", () => {
  test.use({ storageState: staffState("editor") });

  test("a fact's value that is no JSON", async ({ page }) => {
    await page.goto("/en/staff/facts?fact=emergencyNumbers");
    await page.getByLabel("Value (JSON)").fill("{ not json");
    await page.getByRole("button", { name: "Publish" }).click();
    await expectFocusedSummary(page);
  });
});

test("a question's answer and an answer for everyone, each sent empty", async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Schooling of a teenager ${uniqueWord()}`;
  const worker = await signedIn(browser, "caseworker-leuven");
  await worker.goto("/en/staff/questions");
  await worker.getByLabel("Topic").selectOption({ label: "Family reunification" });
  await worker.getByLabel("Title").fill(title);
  await worker
    .getByLabel("Your question")
    .fill("Which school may a teenager under temporary protection attend?");
  await worker.getByRole("button", { name: "Send the question" }).click();
  await expect(worker).toHaveURL(/\/en\/staff\/questions\/[0-9a-f-]{36}\?done=asked$/);

  const adviser = await signedIn(browser, "adviser");
  await adviser.goto("/en/staff/questions");
  await adviser.getByRole("link", { name: title }).click();
  await adviser.getByRole("button", { name: "Take the question" }).click();
  await expect(adviser.getByText("Status: Being handled")).toBeVisible();
  await adviser.getByRole("button", { name: "Send the answer" }).click();
  await expectFocusedSummary(adviser);
  const answerForm = adviser
    .locator("form")
    .filter({ has: adviser.getByRole("button", { name: "Send the answer" }) });
  await answerForm
    .getByLabel("Message")
    .fill("Any school that has a place, as every child living in Belgium.");
  await answerForm.getByRole("button", { name: "Send the answer" }).click();
  await expect(adviser.getByText("Status: Answered")).toBeVisible();
  await adviser.getByRole("button", { name: "Propose", exact: true }).click();
  await expectFocusedSummary(adviser);
  await worker.context().close();
  await adviser.context().close();
});
