import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { recordPerson, startIntake, uniqueSurname } from "./support/cases";
import { staffState, type DemoStaff } from "./support/staff";

// The staff home page is a task list: what waits for this person in their role, each row a link to
// the work. The test makes its own overdue follow-up, draft intake and declined referral.

async function signedIn(browser: Browser, who: DemoStaff): Promise<Page> {
  const context = await browser.newContext({ storageState: staffState(who) });
  return context.newPage();
}

test("the caseworker's overview lists an overdue follow-up, the draft intake and a declined referral; the provider's the new referral", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const caseworker = await signedIn(browser, "caseworker");
  const person = { firstName: "Iryna", lastName: uniqueSurname(), birthDate: "1979-10-02" };
  const name = `${person.firstName} ${person.lastName}`;
  const personId = await recordPerson(caseworker, person);

  // A draft intake whose follow-up was due three days ago.
  const intakeId = await startIntake(caseworker, personId);
  await caseworker.goto(`/en/staff/intakes/${intakeId}?step=follow-up`);
  const dueOn = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  await caseworker.getByLabel("Date", { exact: true }).fill(dueOn);
  await caseworker.getByRole("button", { name: "Save draft" }).click();
  await expect(caseworker.getByRole("status")).toHaveText("Step saved.");

  // An NT2 referral to CVO Gent, which its provider sees as new, then declines.
  await caseworker.goto(
    `/en/staff/referrals/new?personId=${personId}&intendedStay=LONGER_STAY&priorSchooling=SECONDARY&availability=EVENING&mode=ONLINE&region=FLANDERS&digitallySkilled=on`,
  );
  await caseworker.getByRole("radio", { name: "CVO Gent" }).check();
  await caseworker.getByLabel("The person agreed that their name").check();
  await caseworker.getByRole("button", { name: "Send the referral" }).click();
  await expect(caseworker).toHaveURL(/\/en\/staff\/referrals\/[0-9a-f-]{36}\?sent=1$/);
  const referralPath = new URL(caseworker.url()).pathname;

  const provider = await signedIn(browser, "nt2");
  await provider.goto("/en/staff");
  const newReferrals = provider.getByRole("table", { name: /^New referrals \(\d+\)$/ });
  await newReferrals.getByRole("link", { name }).click();
  await expect(provider).toHaveURL(new RegExp(`${referralPath}$`));
  await provider.getByRole("link", { name: "Decline" }).click();
  await provider.getByLabel("Reason (required)").fill("No evening group before March");
  await provider.getByRole("button", { name: "Decline" }).click();
  await expect(provider.getByRole("status")).toHaveText("The status was changed.");
  await provider.goto("/en/staff");
  await expect(provider.getByRole("link", { name })).toHaveCount(0);
  await expectNoAxeViolations(provider);

  await caseworker.goto("/en/staff");
  const followUps = caseworker.getByRole("table", {
    name: /^Follow-up conversations: overdue and this week/,
  });
  const followUp = followUps.getByRole("row").filter({ has: caseworker.getByRole("link", { name }) });
  await expect(followUp).toContainText("Overdue");
  await expect(followUp.locator("time")).toHaveAttribute("datetime", dueOn);

  const drafts = caseworker.getByRole("table", { name: /^Draft intakes/ });
  const draft = drafts.getByRole("row").filter({ has: caseworker.getByRole("link", { name }) });
  await expect(draft.getByRole("link", { name: "Continue the intake" })).toHaveAttribute(
    "href",
    `/en/staff/intakes/${intakeId}`,
  );

  const answers = caseworker.getByRole("table", { name: /^Answers to referrals/ });
  const declined = answers.getByRole("row").filter({ has: caseworker.getByRole("link", { name }) });
  await expect(declined).toContainText("Declined");
  await expect(declined).toContainText("CVO Gent");
  await expect(declined.getByRole("link", { name: "Dutch lessons (NT2)" })).toHaveAttribute(
    "href",
    referralPath,
  );
  await expect(declined.getByRole("link", { name: "Refer to another provider" })).toHaveAttribute(
    "href",
    `/en/staff/referrals/new?personId=${personId}`,
  );
  await expectNoAxeViolations(caseworker);

  // Another organisation's caseworker sees none of it.
  const other = await signedIn(browser, "caseworker-leuven");
  await other.goto("/en/staff");
  await expect(other.getByRole("link", { name })).toHaveCount(0);

  await caseworker.context().close();
  await provider.context().close();
  await other.context().close();
});

test("the administrator's overview lists sessions starting this week", async ({ browser }) => {
  const admin = await signedIn(browser, "admin");
  await admin.goto("/en/staff");
  const soon = admin.getByRole("table", { name: /^Sessions starting this week \(\d+\)$/ });
  // The demo catalogue has a session 1 every Tuesday, in Flanders and in Brussels.
  await expect(soon.getByRole("link", { name: /^Welkom in Vlaanderen: session 1 – / }).first()).toBeVisible();
  await expect(soon.getByRole("link", { name: /^Welkom in Brussel: session 1 – / }).first()).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.context().close();
});
