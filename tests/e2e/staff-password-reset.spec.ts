import { randomUUID } from "node:crypto";
import { expect as baseExpect, test } from "@playwright/test";
import { hashPassword } from "better-auth/crypto";
import pg from "pg";
import { demoOrganisationIds } from "../../prisma/demo-data";
import { linkInMailTo } from "./support/mail";

// Each step hashes a password, deliberately slow work.
const expect = baseExpect.configure({ timeout: 20_000 });

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An account of this spec's own, so resetting its password disturbs no saved login. */
async function createAccount(email: string, password: string): Promise<void> {
  const id = randomUUID();
  const hash = await hashPassword(password);
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "User" (id, name, email, "emailVerified", role, "organisationId", "updatedAt") VALUES ($1, 'Rita Reset', $2, true, 'CASEWORKER', $3, now())`,
      [id, email, demoOrganisationIds.agii],
    );
    await client.query(
      `INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now())`,
      [randomUUID(), id, hash],
    );
  });
}

/** The reset link as the mail brings it (the outbox holds only a sealed token). */
const resetLinkFor = (email: string) => linkInMailTo(email, "/staff/reset-password?token=");

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, actionTimeout: 30_000 });

  test("a password reset by e-mail link sets a new password once", async ({ page }) => {
    test.setTimeout(90_000);
    const email = `reset-${Date.now()}@welkom.demo`;
    await createAccount(email, "the old long password");

    await page.goto("/nl/staff/forgot-password");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByRole("button", { name: "Link versturen" }).click();
    await expect(page.getByRole("status")).toContainText("Als er een account bestaat voor dit adres");

    const link = await resetLinkFor(email);
    expect(link).toMatch(/^\/nl\/staff\/reset-password\?token=/);
    await page.goto(link);
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("te kort");
    await page.getByLabel("Nieuw wachtwoord opnieuw").fill("te kort");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.getByText("Dit is te kort.")).toBeVisible();
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("the new long password");
    await page.getByLabel("Nieuw wachtwoord opnieuw").fill("the new long password");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "Je wachtwoord is gewijzigd. Meld je aan met je nieuwe wachtwoord.",
    );

    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord", { exact: true }).fill("the new long password");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.locator("h1")).toHaveText("Overzicht");

    await page.goto(link);
    await expect(page.getByRole("alert")).toHaveText("Deze link is niet meer geldig. Vraag een nieuwe aan.");
  });
});
