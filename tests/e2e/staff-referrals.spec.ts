import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { recordPerson, startIntake, uniqueSurname } from "./support/cases";
import { staffState, type DemoStaff } from "./support/staff";

// An NT2 referral from a caseworker (AgII) to CVO Gent, answered by the provider, in real browsers.
// There is no demo referral, so the test makes its own for a person it records itself.

async function signedIn(browser: Browser, who: DemoStaff): Promise<Page> {
  const context = await browser.newContext({ storageState: staffState(who) });
  return context.newPage();
}

/** The referral's status, as its details list shows it. */
const statusOf = (page: Page) =>
  page
    .getByRole("term")
    .filter({ hasText: /^Status$/ })
    .locator("xpath=following-sibling::dd[1]");

test("a caseworker refers a person to CVO Gent, the provider declines with a reason, the caseworker sees it", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const caseworker = await signedIn(browser, "caseworker");
  const person = { firstName: "Taras", lastName: uniqueSurname(), birthDate: "1988-01-30" };
  const name = `${person.firstName} ${person.lastName}`;
  const intakeNote = `Private intake note ${person.lastName}`;

  // An intake with a note the provider must never see.
  const personId = await recordPerson(caseworker, person);
  await startIntake(caseworker, personId);
  await caseworker.getByRole("checkbox", { name: "Interest in Dutch lessons (NT2)" }).check();
  await caseworker
    .getByRole("textbox", { name: "Short note (Interest in Dutch lessons (NT2))" })
    .fill(intakeNote);
  await caseworker.getByRole("button", { name: "Save draft" }).click();
  await expect(caseworker.getByRole("status")).toHaveText("Step saved.");

  // The profile first, then the suggested offer, the provider and the consent.
  await caseworker.goto(`/en/staff/persons/${personId}`);
  await caseworker.getByRole("link", { name: "Refer to Dutch lessons" }).click();
  await expect(caseworker.locator("h1")).toHaveText("Refer to Dutch lessons (NT2)");
  await caseworker.getByLabel("Adult education (CVO) profile").check();
  await caseworker.getByRole("group", { name: "Intended stay" }).getByLabel("Longer stay").check();
  await caseworker.getByRole("group", { name: "Prior schooling" }).getByLabel("Secondary school").check();
  await caseworker.getByRole("group", { name: "Available" }).getByLabel("Evening").check();
  await caseworker.getByRole("button", { name: "Show the suggestion" }).click();
  await expect(caseworker.getByRole("heading", { name: "2. Suggested offer" })).toBeVisible();
  await caseworker.getByRole("radio", { name: "CVO Gent" }).check();
  await caseworker.getByLabel("Intake this referral comes from (optional)").selectOption({ index: 1 });

  // Without the person's consent nothing is sent.
  await caseworker.getByRole("button", { name: "Send the referral" }).click();
  await expect(caseworker.getByRole("main").getByRole("alert")).toContainText(
    "Record the person's consent first",
  );
  await caseworker.getByLabel("The person agreed that their name").check();
  await caseworker.getByRole("button", { name: "Send the referral" }).click();
  await expect(caseworker).toHaveURL(/\/en\/staff\/referrals\/[0-9a-f-]{36}\?sent=1$/);
  await expect(caseworker.getByRole("status")).toHaveText("The referral was sent.");
  const referralPath = new URL(caseworker.url()).pathname;

  // The provider's inbox lists it; the referral shows what a course needs and no intake note.
  const provider = await signedIn(browser, "nt2");
  await provider.goto("/en/staff/referrals");
  await provider.getByRole("link", { name: `Open the referral of ${name}` }).click();
  await expect(provider).toHaveURL(new RegExp(`${referralPath}$`));
  await expect(provider.locator("h1")).toHaveText(`Referral of ${name}`);
  await expect(provider.locator("main")).toContainText("Longer stay");
  await expect(provider.locator("main")).not.toContainText(intakeNote);
  await expectNoAxeViolations(provider);

  // Accept is one click; a decline is a link to its own screen, which needs a reason before it ends the referral.
  await expect(provider.getByRole("button", { name: "Accept" })).toBeVisible();
  await expect(provider.getByRole("button", { name: "Decline" })).toHaveCount(0);
  await provider.getByRole("link", { name: "Decline" }).click();
  await expect(provider.locator("h1")).toHaveText(`Decline the referral of ${name}`);
  await expect(provider.locator("main")).toContainText("This cannot be undone.");
  await expectNoAxeViolations(provider);
  await provider.getByRole("button", { name: "Decline" }).click();
  await expect(provider.getByRole("main").getByRole("alert")).toContainText("Give a reason.");
  await provider.getByLabel("Reason (required)").fill("No evening group before March");
  await provider.getByRole("button", { name: "Decline" }).click();
  await expect(provider).toHaveURL(new RegExp(`${referralPath}\\?changed=1$`));
  // A declined referral is final: the status form gives way to the new status, and the page says it changed.
  await expect(provider.getByRole("status")).toHaveText("The status was changed.");
  await expect(statusOf(provider)).toHaveText("Declined");
  await expect(provider.getByRole("button", { name: "Accept" })).toHaveCount(0);

  await caseworker.goto(referralPath);
  await expect(statusOf(caseworker)).toHaveText("Declined");
  await expect(caseworker.locator("main")).toContainText("No evening group before March");
  await expectNoAxeViolations(caseworker);
  await caseworker.context().close();
  await provider.context().close();
});

test("a referral is visible only to the organisations it is between", async ({ browser }) => {
  // Six accounts sign in one after another: on a loaded two-CPU machine that can pass 30 s.
  test.slow();
  const caseworker = await signedIn(browser, "caseworker");
  const person = { firstName: "Vira", lastName: uniqueSurname(), birthDate: "1993-06-12" };
  const personId = await recordPerson(caseworker, person);
  await caseworker.goto(
    `/en/staff/referrals/new?personId=${personId}&intendedStay=QUICK_RETURN&priorSchooling=HIGHER&availability=DAY&mode=ONLINE&region=FLANDERS&digitallySkilled=on`,
  );
  await caseworker.getByRole("radio", { name: "CVO Antwerpen" }).check();
  await caseworker.getByLabel("The person agreed that their name").check();
  await caseworker.getByRole("button", { name: "Send the referral" }).click();
  await expect(caseworker).toHaveURL(/\/en\/staff\/referrals\/[0-9a-f-]{36}\?sent=1$/);
  const referralPath = new URL(caseworker.url()).pathname;

  const expected: [DemoStaff, number][] = [
    ["admin", 200],
    ["nt2", 404],
    ["caseworker-leuven", 404],
    ["municipality", 403],
  ];
  for (const [who, status] of expected) {
    const page = await signedIn(browser, who);
    const response = await page.goto(referralPath);
    expect(response?.status(), who).toBe(status);
    if (status === 200) await expect(page.locator("main")).toContainText(person.lastName);
    else await expect(page.locator("main")).not.toContainText(person.lastName);
    await page.context().close();
  }
  // CVO Gent's inbox does not list a referral addressed to CVO Antwerpen.
  const provider = await signedIn(browser, "nt2");
  await provider.goto("/en/staff/referrals");
  await expect(provider.locator("h1")).toHaveText("Referrals");
  await expect(provider.locator("main")).not.toContainText(person.lastName);
  await provider.context().close();
  await caseworker.context().close();
});
