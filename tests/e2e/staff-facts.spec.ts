import { expect, test, type Page } from "@playwright/test";
import { calendarDate } from "../../src/domain/facts/iso-date";
import { brusselsDate } from "../../src/domain/time/brussels";
import { staffState } from "./support/staff";

/**
 * Staff keep the public facts current (issue 12). This spec changes the end date that the info-page
 * specs read, so it runs in its own project after them (playwright.config.ts), and reverts its change.
 */
const ukDate = (iso: string) =>
  new Intl.DateTimeFormat("uk", { dateStyle: "long", timeZone: "Europe/Brussels" }).format(calendarDate(iso));

async function publish(page: Page, edit: (json: string) => string, ukTitle?: string) {
  await page.goto("/en/staff/facts?fact=endDateHistory");
  const value = page.getByLabel("Value (JSON)");
  await value.fill(edit(await value.inputValue()));
  if (ukTitle) await page.locator("#fact-title-uk").fill(ukTitle);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("Published.");
}

test.describe("as a content editor", () => {
  test.use({ storageState: staffState("editor") });

  test("changes the end date; /uk/status shows it within a minute, without Set-Cookie, with the new source and 'last checked'", async ({
    page,
    request,
  }) => {
    test.setTimeout(150_000);
    await page.goto("/en/staff/facts");
    await expect(page.locator("tbody tr").first()).toContainText("low (not confirmed)");
    const title = "EUR-Lex: перевірочна назва джерела";
    await publish(page, (json) => json.replace('"endsOn": "2028-03-04"', '"endsOn": "2029-03-04"'), title);
    try {
      await expect(page.getByTestId("fact-checked-on")).toContainText(
        new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "Europe/Brussels" }).format(
          calendarDate(brusselsDate(new Date())),
        ),
      );
      await expect(page.locator("section[aria-labelledby='versions'] li").first()).toContainText(
        "Version 1: changed by Eva Redacteur",
      );

      await expect
        .poll(
          async () => {
            const response = await request.get("/uk/status");
            expect(response.headers()["set-cookie"]).toBeUndefined();
            return response.text();
          },
          { timeout: 60_000, intervals: [1_000, 2_000, 5_000] },
        )
        .toContain(ukDate("2029-03-04"));
      await page.goto("/uk/status");
      const duration = page.locator("section[aria-labelledby='duration']");
      await expect(page.getByTestId("current-end-date")).toContainText(ukDate("2029-03-04"));
      await expect(duration.getByTestId("fact-source")).toContainText(title);
      await expect(duration.getByTestId("fact-checked")).toContainText(ukDate(brusselsDate(new Date())));
    } finally {
      await page.goto("/en/staff/facts?fact=endDateHistory");
      await page
        .locator("section[aria-labelledby='versions'] li")
        .filter({ hasText: "Version 1:" })
        .getByRole("button", { name: "Revert this change" })
        .click();
      await expect(page.locator("main").getByRole("status")).toContainText("Published.");
    }
    await expect
      .poll(async () => (await request.get("/uk/status")).text(), {
        timeout: 60_000,
        intervals: [1_000, 2_000, 5_000],
      })
      .toContain(ukDate("2028-03-04"));
  });

  test("a value that does not fit is refused with the reason, and nothing typed is lost", async ({
    page,
  }) => {
    await page.goto("/en/staff/facts?fact=emergencyNumbers");
    await page.getByLabel("Value (JSON)").fill('{"emergency": "one-one-two"');
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText("The value is not valid JSON.");
    await expect(page.getByLabel("Value (JSON)")).toHaveValue('{"emergency": "one-one-two"');
  });

  test("sees the facts to review on the dashboard, and cannot open persons", async ({ page }) => {
    await page.goto("/en/staff");
    await expect(page.getByTestId("facts-review")).toContainText(
      "unconfirmed or not checked for 6 months or longer",
    );
    const response = await page.goto("/en/staff/persons");
    expect(response?.status()).toBe(403);
  });
});

test("the staff interpreters page words the interpreting fact as staff keep it, like the public page", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const editor = await (await browser.newContext({ storageState: staffState("editor") })).newPage();
  const caseworker = await (await browser.newContext({ storageState: staffState("caseworker") })).newPage();
  const cost = caseworker.getByTestId("interpreting-cost");

  // Unconfirmed (low) as in the code: said as what was true in 2022, what to do, and the source's link.
  await caseworker.goto("/en/staff/interpreters");
  await expect(cost).toHaveAttribute("data-notice", "freeUnconfirmed");
  await expect(cost).toContainText("This has not been confirmed since");
  const source = caseworker.locator("main").getByTestId("fact-source");
  await expect(source).toContainText("Not confirmed");
  await expect(source.locator("a")).toHaveAttribute("href", "https://www.integratie-inburgering.be/oekraine");

  await editor.goto("/en/staff/facts?fact=interpretingForUkraine");
  await editor.getByLabel("Confidence").selectOption("high");
  await editor.getByRole("button", { name: "Publish" }).click();
  await expect(editor.locator("main").getByRole("status")).toContainText("Published.");
  try {
    // Rendered per request: the published fact shows at once, "free for now", without the warning.
    await caseworker.goto("/en/staff/interpreters");
    await expect(cost).toHaveAttribute("data-notice", "free");
    await expect(cost).toContainText("free of charge for now");
    await expect(source).not.toContainText("Not confirmed");
  } finally {
    await editor.goto("/en/staff/facts?fact=interpretingForUkraine");
    await editor
      .locator("section[aria-labelledby='versions'] li")
      .filter({ hasText: "Version 1:" })
      .getByRole("button", { name: "Revert this change" })
      .click();
    await expect(editor.locator("main").getByRole("status")).toContainText("Published.");
  }
  await caseworker.goto("/en/staff/interpreters");
  await expect(cost).toHaveAttribute("data-notice", "freeUnconfirmed");
});

test.describe("as a caseworker", () => {
  test.use({ storageState: staffState("caseworker") });

  test("cannot open the Facts screen, and the dashboard has no facts warning", async ({ page }) => {
    const response = await page.goto("/en/staff/facts");
    expect(response?.status()).toBe(403);
    await page.goto("/en/staff");
    await expect(page.getByTestId("facts-review")).toHaveCount(0);
  });
});
