import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { signInThroughForm, staffState } from "./support/staff";

// Failed sign-ins are counted per account and address, and every browser here is 127.0.0.1: each test
// fails with an address of its own, so no test (nor a repeat of it) inherits another's count. The answer
// is the same for an unknown address as for a wrong password (integration tests cover real accounts).
const ownAddress = (label: string) => `${label}-${randomUUID()}@welkom.demo`;

test.describe("staff sign-in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signs in through the plain form and shows the dashboard", async ({ page }) => {
    await signInThroughForm(page, "municipality", "nl");
    await expect(page.locator("h1")).toHaveText("Overzicht");
    await expect(page.getByText("Aangemeld als Gert Gemeente")).toBeVisible();
  });

  test("a wrong password shows a Dutch error and keeps the e-mail address", async ({ page }) => {
    const email = ownAddress("wrong-nl");
    await page.goto("/nl/staff/sign-in");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord", { exact: true }).fill("niet-het-wachtwoord");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.locator("main [role=alert]")).toHaveText(
      "Het e-mailadres of het wachtwoord is niet juist.",
    );
    await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
    await expect(page.getByLabel("Wachtwoord", { exact: true })).toHaveValue("");
  });
});

test.describe("without JavaScript, repeated failures", () => {
  test.use({ javaScriptEnabled: false });

  test("lock the sign-in with a clear message", async ({ page }) => {
    test.setTimeout(60_000);
    const email = ownAddress("nobody");
    await page.goto("/en/staff/sign-in");
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.getByLabel("E-mail address").fill(email);
      await page.getByLabel("Password", { exact: true }).fill(`wrong-${attempt}`);
      // Wait for the answer's page, not just an alert: the previous answer's alert is still showing,
      // and typing into it while the post is under way would submit from a page about to go away.
      // Each failure is answered a little more slowly, on purpose.
      await Promise.all([
        page.waitForEvent("load", { timeout: 15_000 }),
        page.getByRole("button", { name: "Sign in" }).click(),
      ]);
      await expect(page.locator("main [role=alert]")).toBeVisible();
    }
    await expect(page.locator("main [role=alert]")).toContainText("Too many failed attempts", {
      timeout: 15_000,
    });
    await expect(page.getByLabel("E-mail address")).toHaveValue(email);
  });
});

test("with JavaScript, a wrong password shows the error and keeps the e-mail address", async ({ page }) => {
  const email = ownAddress("wrong-en");
  await page.goto("/en/staff/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("main [role=alert]")).toHaveText(
    "The e-mail address or password is not correct.",
  );
  await expect(page.getByLabel("E-mail address")).toHaveValue(email);
});

test("signing out ends the session", async ({ page }) => {
  await signInThroughForm(page, "caseworker-leuven");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/sign-in\?notice=signedOut$/);
  await expect(page.getByRole("status")).toHaveText("You are signed out.");
  await page.goto("/en/staff");
  await expect(page).toHaveURL(/\/en\/staff\/sign-in$/);
});

test("staff pages are private and not indexed", async ({ request }) => {
  const response = await request.get("/en/staff/sign-in");
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["x-robots-tag"]).toContain("noindex");
  expect(await response.text()).toMatch(/<meta name="robots" content="noindex, nofollow"/);
});

test.describe("as a caseworker", () => {
  test.use({ storageState: staffState("caseworker") });

  test("the nav shows only the caseworker's sections", async ({ page }) => {
    await page.goto("/en/staff");
    const nav = page.getByRole("navigation", { name: "Staff menu" });
    await expect(nav.getByRole("link", { name: "Persons" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "My follow-ups" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Accounts" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  });

  test("the nav marks the current section, and the footer offers no staff sign-in", async ({ page }) => {
    const nav = page.getByRole("navigation", { name: "Staff menu" });
    const staffSignIn = page.getByRole("contentinfo").getByRole("link", { name: "Staff sign-in" });
    await page.goto("/en/staff/persons");
    await expect(nav.getByRole("link", { name: "Persons" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Overview" })).not.toHaveAttribute("aria-current");
    await expect(staffSignIn).toBeHidden();

    // A page inside a section: the section is current, but this is not its page.
    await page.goto("/en/staff/persons/new");
    await expect(nav.getByRole("link", { name: "Persons" })).toHaveAttribute("aria-current", "true");

    await page.goto("/en/staff");
    await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Persons" })).not.toHaveAttribute("aria-current");

    // The info pages are the same for everyone (static, no cookie read): they keep the link.
    await page.goto("/en/about");
    await expect(staffSignIn).toBeVisible();
  });

  test("the accounts page answers 403 with a localized page", async ({ page }) => {
    const response = await page.goto("/nl/staff/accounts");
    expect(response?.status()).toBe(403);
    await expect(page.locator("h1")).toHaveText("Je hebt geen toegang tot deze pagina");
  });
});

test.describe("as an administrator", () => {
  test.use({ storageState: staffState("admin") });

  for (const path of ["/en/staff", "/nl/staff/accounts", "/en/staff/audit", "/nl/staff/two-factor/setup"]) {
    test(`${path} has one h1 and no axe violations`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  }

  test("the accounts page lists the demo accounts and keeps a bad invitation's input", async ({ page }) => {
    await page.goto("/en/staff/accounts");
    await expect(page.getByRole("rowheader", { name: /Nina NT2/ })).toBeVisible();
    await page.getByLabel("E-mail address").fill("not-an-address");
    await page.getByRole("button", { name: "Send invitation" }).click();
    // In the summary and beside the field.
    await expect(page.getByTestId("error-summary")).toContainText("This is not a valid e-mail address.");
    await expect(page.getByLabel("E-mail address")).toHaveAccessibleDescription(
      "This is not a valid e-mail address.",
    );
    await expect(page.getByLabel("E-mail address")).toHaveValue("not-an-address");
  });

  test("the audit log filters by action and shows sign-ins", async ({ page }) => {
    await page.goto("/en/staff/audit?action=SIGN_IN");
    await expect(page.getByRole("status")).toContainText("event");
    await expect(page.locator("tbody tr").first()).toContainText("SIGN_IN");
    await expect(page.getByLabel("Action")).toHaveValue("SIGN_IN");
  });
});

test.describe("sign-in page", () => {
  for (const path of ["/en/staff/sign-in", "/nl/staff/sign-in", "/nl/staff/forgot-password"]) {
    test(`${path} has one h1 and no axe violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("h1")).toHaveCount(1);
      await expectNoAxeViolations(page);
      // Signed out, the footer still leads to the sign-in.
      await expect(
        page
          .getByRole("contentinfo")
          .getByRole("link", { name: /^(Staff sign-in|Aanmelden voor medewerkers)$/ }),
      ).toBeVisible();
    });
  }
});

test("staff pages get a per-request nonce and no 'unsafe-inline' scripts; info pages keep their cacheable policy", async ({
  request,
}) => {
  const scriptPolicy = (csp: string) =>
    csp
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith("script-src")) ?? "";
  const first = await request.get("/nl/staff/sign-in");
  const second = await request.get("/nl/staff/sign-in");
  const policy = scriptPolicy(first.headers()["content-security-policy"] ?? "");
  expect(policy).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toContain("'unsafe-inline'");
  expect(scriptPolicy(second.headers()["content-security-policy"] ?? "")).not.toBe(policy);
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? "";
  const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((tag) => tag.includes(`nonce="${nonce}"`))).toBe(true);

  const info = await request.get("/nl/rights");
  expect(scriptPolicy(info.headers()["content-security-policy"] ?? "")).toContain("'unsafe-inline'");
  expect(info.headers()["cache-control"]).toContain("s-maxage");
});
