import { randomInt } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { staffState } from "./support/staff";

// Figures in a real browser. Official figures are the only counts a test fully controls: each
// test imports rows for its own municipalities on a random date in 2025 (a (municipality, date)
// pair can be imported once), then reads that month.

test.use({ storageState: staffState("admin") });

const header = "nis_code,date,certificates,registered";
const aDateIn2025 = () =>
  `2025-${String(randomInt(1, 13)).padStart(2, "0")}-${String(randomInt(1, 29)).padStart(2, "0")}`;

/** Uploads a CSV on the import page (as the signed-in administrator); the page then shows the preview or the errors. */
async function uploadCsv(page: Page, lines: string[]): Promise<void> {
  await page.goto("/en/staff/figures/import");
  await page.getByLabel("CSV file").setInputFiles({
    name: "official-figures.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${[header, ...lines].join("\n")}\n`),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
}

async function importCsv(page: Page, lines: string[]): Promise<void> {
  await uploadCsv(page, lines);
  const one = lines.length === 1;
  await expect(
    page.getByText(one ? "The 1 row is correct." : `All ${lines.length} rows are correct.`),
  ).toBeVisible();
  await page.getByRole("button", { name: one ? "Import 1 row" : `Import ${lines.length} rows` }).click();
  await expect(page.getByRole("status")).toHaveText(
    one ? "1 row was imported." : `${lines.length} rows were imported.`,
  );
}

/** The "Official and recorded figures" row of one month: certificates and registered as shown. */
function officialRow(page: Page) {
  return page
    .getByRole("table")
    .filter({ has: page.getByRole("columnheader", { name: "Certificates (official)" }) })
    .getByRole("row")
    .nth(1);
}

test("a municipality officer sees only their municipality, with small counts as < 5; an administrator sees exact numbers", async ({
  page,
  browser,
}) => {
  const date = aDateIn2025();
  const month = date.slice(0, 7);
  await importCsv(page, [`44021,${date},3,2`, `24062,${date},120,80`]);

  await page.goto(`/en/staff/figures?place=44021&from=${month}&to=${month}`);
  await expect(officialRow(page).getByRole("cell").nth(0)).toHaveText("3");
  await expect(officialRow(page).getByRole("cell").nth(2)).toHaveText("2");

  const officer = await (await browser.newContext({ storageState: staffState("municipality") })).newPage();
  // Asking for Leuven in the URL still shows Gent: the place comes from the officer's account.
  await officer.goto(`/en/staff/figures?place=24062&from=${month}&to=${month}`);
  await expect(officer.getByText("Figures for Gent.")).toBeVisible();
  await expect(officer.getByLabel("Place")).toHaveCount(0);
  await expect(officialRow(officer).getByRole("cell").nth(0)).toHaveText("< 5");
  await expect(officialRow(officer).getByRole("cell").nth(2)).toHaveText("< 5");
  await expect(officer.getByRole("link", { name: "Import official figures" })).toHaveCount(0);
  await officer.context().close();
});

test("a CSV with one bad row imports nothing and says which row; the corrected file is previewed, then imported", async ({
  page,
}) => {
  const date = aDateIn2025();
  const good = `31005,${date},48,30`;
  await uploadCsv(page, [good, "31005,2025-02-30,10,5"]);
  const problems = page.getByRole("main").getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(problems.getByRole("heading")).toHaveText(
    "1 problem found. Nothing was imported. Correct the file and upload it again.",
  );
  await expect(problems.getByRole("row").nth(1)).toHaveText(/^3\s*date\s*Write the date as YYYY-MM-DD/);

  // The good row was not imported: the same row uploaded alone is not "imported before".
  await importCsv(page, [good]);
  const month = date.slice(0, 7);
  await page.goto(`/en/staff/figures?place=31005&from=${month}&to=${month}`);
  await expect(officialRow(page).getByRole("cell").nth(0)).toHaveText("48");
  await expect(officialRow(page).getByRole("cell").nth(2)).toHaveText("30");

  // Importing it a second time is refused row by row.
  await uploadCsv(page, [good]);
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Figures for this municipality and date were imported before.",
  );
});

test("a municipality officer's CSV opens in Belgian Excel: ';', Dutch headers, hidden counts in a column of their own", async ({
  page,
  browser,
}) => {
  const date = aDateIn2025();
  const month = date.slice(0, 7);
  await importCsv(page, [`44021,${date},3,2`]);

  const officer = await (await browser.newContext({ storageState: staffState("municipality") })).newPage();
  const response = await officer.request.get(
    `/nl/staff/figures/export?table=official&from=${month}&to=${month}`,
  );
  expect(response.status()).toBe(200);
  const text = await response.text();
  const [header, row] = text.replace(/^\uFEFF/, "").split("\r\n");
  expect(header).toBe(
    "Maand;Officiële datum;Attesten (officieel);Ingeschreven (officieel);Geregistreerd (portaal);In rijksregister (portaal);Verborgen",
  );
  // The official date is the month's latest import: another test may import Gent in the same month.
  expect(row).toMatch(new RegExp(`^${month};${month}-\\d{2};;`));
  expect(row).toContain("Attesten (officieel): minder dan 5");
  expect(row).not.toContain("< 5");
  await officer.context().close();
});

test("a reversed range is said, and the monthly table fits an office screen of 1280 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/en/staff/figures?from=2025-12&to=2025-01");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/The start is after the end\./);
  const months = page.getByRole("region", { name: "Per month" });
  await expect(months).toBeVisible();
  const overflow = await months.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a municipality officer is told why the share in the national register is not shown", async ({
  browser,
}) => {
  const officer = await (await browser.newContext({ storageState: staffState("municipality") })).newPage();
  const shareCard = officer
    .getByRole("main")
    .locator("dl > div")
    .filter({ has: officer.getByRole("term").filter({ hasText: /^Share in the national register$/ }) });

  // The demo data records ten Gent persons a month, nine of them in the national register: the one
  // left over would show through the share, so last month's share is hidden, and says why.
  const now = new Date();
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7);
  await officer.goto(`/en/staff/figures?from=${lastMonth}&to=${lastMonth}`);
  await expect(shareCard.getByRole("definition").first()).toHaveText("not shown");
  await expect(shareCard.getByRole("definition").nth(1)).toHaveText(
    "One of the two numbers (persons recorded, of whom in the national register) is under 5 or hidden: the share would let it be worked out.",
  );
  await expectNoAxeViolations(officer);

  // No persons at all: nothing to divide, and nothing to explain.
  await officer.goto("/en/staff/figures?from=2025-01&to=2025-01");
  await expect(shareCard.getByRole("definition")).toHaveText(["–"]);
  await officer.context().close();
});
