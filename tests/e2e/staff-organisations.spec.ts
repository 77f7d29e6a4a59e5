import { randomUUID } from "node:crypto";
import { expect as baseExpect, test } from "@playwright/test";
import { readMailDir } from "../support/eml";
import { expectNoAxeViolations } from "./support/axe";
import { demoRecords } from "./support/demo-records";
import { staffState } from "./support/staff";

// Signing in and hashing a password are deliberately slow; a shared CI machine makes them slower.
const expect = baseExpect.configure({ timeout: 20_000 });

/** The invitation link from the mail the outbox worker delivered to the SMTP sink. */
async function inviteLinkMailedTo(address: string): Promise<string> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run e2e through `npm test -- e2e`.");
  let link: string | undefined;
  await expect
    .poll(
      () =>
        (link = readMailDir(dir)
          .filter((mail) => mail.to.includes(address))
          .map((mail) => mail.text.match(/https?:\/\/\S+\/staff\/invite\/[A-Za-z0-9_-]+/)?.[0])
          .find(Boolean)),
      { timeout: 30_000 },
    )
    .toBeTruthy();
  return new URL(link!).pathname;
}

test("an administrator creates an NT2 provider, invites an account into it, and that account signs in and sees a referral addressed to it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const suffix = randomUUID().slice(0, 6);
  const providerName = `CVO Demo ${suffix}`;
  const email = `nt2-${suffix}@welkom.demo`;
  const password = "a sentence of several words";

  const admin = await (await browser.newContext({ storageState: staffState("admin") })).newPage();
  await admin.goto("/en/staff/organisations");
  await admin.getByRole("link", { name: "New organisation" }).click();
  await admin.getByRole("button", { name: "Create organisation" }).click();
  await expect(admin.getByRole("alert").first()).toContainText("Please correct the following:");
  await admin.getByLabel("Name", { exact: true }).fill(providerName);
  await admin.getByLabel("Type", { exact: true }).selectOption("NT2_PROVIDER");
  await admin.getByLabel("Kind of NT2 provider").selectOption("CVO");
  await admin.getByLabel("Municipality", { exact: true }).selectOption({ label: "Gent" });
  await admin.getByLabel("Contact e-mail").fill(`info-${suffix}@cvo.demo`);
  await admin
    .getByLabel("NT2 provider: takes learners from these municipalities")
    .selectOption(["44021", "44086"]);
  await admin.getByRole("button", { name: "Create organisation" }).click();
  await expect(admin).toHaveURL(/\/en\/staff\/organisations\/[0-9a-f-]{36}\?notice=created$/);
  await expect(admin.getByRole("status").first()).toHaveText("The organisation was created.");
  await expect(admin.locator("h1")).toHaveText(providerName);
  await expectNoAxeViolations(admin);
  const organisationPage = new URL(admin.url()).pathname;

  // A person living in Gent: the referral form suggests the new provider first, as it serves Gent.
  await admin.goto(
    `/en/staff/referrals/new?personId=${demoRecords.gentPersonOfAgii}&intendedStay=LONGER_STAY&priorSchooling=SECONDARY&availability=DAY&mode=ON_SITE&region=FLANDERS&cvoProfile=on`,
  );
  const serving = admin
    .getByRole("heading", { name: "Providers serving this person's municipality or region" })
    .locator("xpath=following-sibling::ul[1]");
  await expect(serving.getByRole("radio").first()).toHaveAccessibleName(providerName);
  await admin.getByRole("radio", { name: providerName }).check();
  await admin.getByLabel("The person agreed that their name").check();
  await admin.getByRole("button", { name: "Send the referral" }).click();
  await expect(admin.getByRole("status")).toHaveText("The referral was sent.");

  // Invited from the organisation's page; the link arrives by mail.
  await admin.goto(organisationPage);
  await admin.getByLabel("E-mail address").fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption("NT2_PROVIDER");
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByRole("status")).toHaveText(
    "The invitation is in the outbox and will be sent shortly.",
  );

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(await inviteLinkMailedTo(email));
  await invitee.getByLabel("Your full name").fill("Nadia Nieuw");
  await invitee.getByLabel("Password", { exact: true }).fill(password);
  await invitee.getByLabel("Password again").fill(password);
  await invitee.getByRole("button", { name: "Create account" }).click();
  await expect(invitee.getByRole("status")).toHaveText(
    "Your account is ready. Sign in with your e-mail address and new password.",
  );
  await invitee.goto("/en/staff/sign-in");
  await invitee.getByLabel("E-mail address").fill(email);
  await invitee.getByLabel("Password", { exact: true }).fill(password);
  await invitee.getByRole("button", { name: "Sign in" }).click();
  await expect(invitee.locator("h1")).toHaveText("Overview");
  await invitee.goto("/en/staff/referrals");
  await invitee.getByRole("link", { name: "Open the referral of Oleksandr Shevchenko" }).click();
  await expect(invitee.locator("h1")).toHaveText("Referral of Oleksandr Shevchenko");

  // Deactivated, the organisation's account is signed out and the provider is no longer offered.
  await admin.goto(organisationPage);
  await admin.getByRole("button", { name: "Deactivate organisation" }).click();
  await expect(admin.getByRole("status").first()).toHaveText(
    "The organisation was deactivated; its accounts can no longer sign in.",
  );
  await invitee.goto("/en/staff/referrals");
  await expect(invitee).toHaveURL(/\/en\/staff\/sign-in/);
  await admin.goto(
    `/en/staff/referrals/new?personId=${demoRecords.gentPersonOfAgii}&intendedStay=LONGER_STAY&priorSchooling=SECONDARY&availability=DAY&mode=ON_SITE&region=FLANDERS&cvoProfile=on`,
  );
  await expect(admin.getByRole("radio", { name: providerName })).toHaveCount(0);
  await admin.context().close();
  await invitee.context().close();
});
