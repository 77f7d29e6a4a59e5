import { expect as baseExpect, test, type Page } from "@playwright/test";
import { totpCode } from "../support/totp";
import { linkInMailTo } from "./support/mail";
import { staffState } from "./support/staff";

// Each step signs in or hashes a password, deliberately slow work.
const expect = baseExpect.configure({ timeout: 20_000 });

/** The invitation link as the mail brings it (nothing stored holds it). */
const inviteLinkFor = (email: string) => linkInMailTo(email, "/staff/invite/");

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/en/staff/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("without JavaScript", () => {
  // Password hashing is deliberately slow; a shared CI machine makes it slower.
  test.use({ javaScriptEnabled: false, actionTimeout: 30_000 });
  test.slow();

  test("an invited colleague creates an account, enrols in two-step verification and signs in with a code", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const email = `invitee-${Date.now()}@welkom.demo`;
    const password = "a sentence of several words";

    const admin = await browser.newContext({ storageState: staffState("admin"), javaScriptEnabled: false });
    const adminPage = await admin.newPage();
    await adminPage.goto("/en/staff/accounts");
    await adminPage.getByLabel("E-mail address").fill(email);
    await adminPage.getByLabel("Role", { exact: true }).selectOption("CASEWORKER");
    await adminPage.getByLabel("Organisation", { exact: true }).selectOption({ label: "OCMW Leuven" });
    await adminPage.getByRole("button", { name: "Send invitation" }).click();
    await expect(adminPage.getByRole("status")).toHaveText(
      "The invitation is in the outbox and will be sent shortly.",
    );
    await admin.close();

    const invitee = await browser.newContext({ javaScriptEnabled: false });
    const page = await invitee.newPage();
    await page.goto(await inviteLinkFor(email));
    await expect(page.locator("h1")).toHaveText("Create your staff account");
    await page.getByLabel("Your full name").fill("Iris Invited");
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByLabel("Password again").fill("something else entirely");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("The two passwords are not the same.");
    await expect(page.getByLabel("Password again")).toHaveAccessibleDescription(
      "The two passwords are not the same.",
    );
    await expect(page.getByLabel("Your full name")).toHaveValue("Iris Invited");
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByLabel("Password again").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "Your account is ready. Sign in with your e-mail address and new password.",
    );

    await signIn(page, email, password);
    await expect(page.locator("h1")).toHaveText("Overview");
    await page.getByRole("link", { name: "Set up two-step verification" }).click();
    await page.getByLabel("Confirm your password to start").fill(password);
    await page.getByRole("button", { name: "Start set-up" }).click();
    await expect(
      page.getByRole("img", { name: "QR code to scan with your authenticator app" }),
    ).toBeVisible();
    const secret = (await page.getByTestId("totp-secret").textContent()) ?? "";
    await page.getByRole("textbox", { name: "Code" }).fill(totpCode(secret));
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("status")).toHaveText("Two-step verification is on.");

    await page.goto("/en/staff");
    await page.getByRole("button", { name: "Sign out" }).click();
    await signIn(page, email, password);
    await expect(page).toHaveURL(/\/en\/staff\/sign-in\/two-factor$/);
    await page.getByRole("textbox", { name: "Code" }).fill(totpCode(secret, Date.now() + 5 * 60_000));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.getByText("This code is not correct or has expired.")).toBeVisible();
    await page.getByRole("textbox", { name: "Code" }).fill(totpCode(secret));
    await page.getByRole("button", { name: "Verify" }).click();
    await expect(page.locator("h1")).toHaveText("Overview");
    await invitee.close();
  });
});

test("an unknown invitation link says so, without a form", async ({ page }) => {
  await page.goto("/en/staff/invite/not-a-real-token");
  await expect(page.locator("h1")).toHaveText("This invitation link is not valid");
  await expect(page.locator("form input[name=password]")).toHaveCount(0);
});
