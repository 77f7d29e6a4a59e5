import { expect, test, type Page } from "@playwright/test";
import { teamUkraineRecruitment } from "../../src/domain/facts/figures";
import { calendarDate } from "../../src/domain/facts/iso-date";
import { rightTopics, statuses } from "../../src/domain/facts/rights";
import { currentEndDate, endDateHistory } from "../../src/domain/facts/temporary-protection";
import { locales } from "../../src/domain/locale";

/** Prints the page to an A4 PDF the way a browser would and counts its page objects. */
async function printedA4Pages(page: Page): Promise<number> {
  await page.emulateMedia({ media: "print" });
  const pdf = (await page.pdf({ format: "A4", printBackground: true })).toString("latin1");
  return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

const longDate = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Brussels" }).format(
    calendarDate(iso),
  );

test.describe("home", () => {
  test("the first steps are numbered and link to their pages in order", async ({ page }) => {
    await page.goto("/uk");
    const steps = page.locator("section[aria-labelledby='first-steps'] ol > li");
    await expect(steps).toHaveCount(4);
    const hrefs = await steps
      .locator("a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs).toEqual(["/uk/status", "/uk/help", "/uk/infosessions", "/uk/integration"]);
    await expect(steps.first()).toContainText("1");
  });

  test("shows the portal's structure, with the staff sign-in", async ({ page }) => {
    await page.goto("/en");
    const portal = page.locator("section[aria-labelledby='portal']");
    for (const path of [
      "/en/rights",
      "/en/brussels",
      "/en/materials",
      "/en/interpreting",
      "/en/infosessions",
      "/en/help",
      "/en/staff/sign-in",
    ]) {
      await expect(portal.locator(`a[href="${path}"]`)).toHaveCount(1);
    }
  });
});

test.describe("status", () => {
  for (const locale of locales) {
    test(`${locale}: the end date comes from the facts module, formatted for the locale`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/status`);
      await expect(page.getByTestId("current-end-date")).toContainText(longDate(locale, currentEndDate()));
      const history = page.locator("section[aria-labelledby='duration'] table");
      await expect(history.locator("tbody tr")).toHaveCount(endDateHistory.value.length);
      await expect(history.locator("tbody tr").last()).toContainText(longDate(locale, currentEndDate()));
      await expect(history.locator("tbody tr").first()).toContainText(
        longDate(locale, endDateHistory.value[0]!.endsOn),
      );
    });
  }

  test("shows 4 March 2028, with the act and its history (political agreement apart from the formal act)", async ({
    page,
  }) => {
    await page.goto("/en/status");
    expect(currentEndDate()).toBe("2028-03-04");
    await expect(page.getByTestId("current-end-date")).toContainText(longDate("en", "2028-03-04"));
    const rows = page.locator("section[aria-labelledby='duration'] table tbody tr");
    await expect(rows.last()).toContainText("2026/1912");
    await expect(rows.filter({ hasText: "2025/1460" })).toContainText(longDate("en", "2025-06-13"));
    await expect(rows.filter({ hasText: "2025/1460" })).toContainText(longDate("en", "2025-07-15"));
  });

  test("the procedure is drawn as an ordered list of steps, links the Immigration Office, and every section names its source", async ({
    page,
  }) => {
    await page.goto("/en/status");
    const procedure = page.locator("section[aria-labelledby='procedure']");
    await expect(procedure.locator("ol > li")).toHaveCount(4);
    await expect(
      procedure.locator("a[href='https://dofi.ibz.be/nl/themes/ukraine/tijdelijke-bescherming']"),
    ).toHaveCount(1);
    await expect(procedure).toContainText("bijlage 15");
    await expect(procedure).toContainText("VDAB");
    await expect(page.locator("main").getByText(/Last checked on/)).toHaveCount(8);
  });
});

test.describe("no page names a closed place as current", () => {
  for (const locale of locales) {
    test(`${locale}: neither the Heizel nor the Klein Kasteeltje on any info page`, async ({ request }) => {
      for (const path of [
        "",
        "/status",
        "/rights",
        "/eligibility",
        "/help",
        "/integration",
        "/brussels",
        "/materials",
        "/interpreting",
        "/about",
      ]) {
        const html = await (await request.get(`/${locale}${path}`)).text();
        expect(html, `/${locale}${path}`).not.toMatch(/Heizel|Heysel|Klein Kasteeltje|Petit[- ]Château/i);
      }
    });
  }
});

test.describe("rights", () => {
  test("a real table on a wide screen, with caption and header scopes", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/en/rights");
    const table = page.getByRole("table", { name: "Rights by residence status" });
    await expect(table).toBeVisible();
    await expect(table.locator("th[scope='col']")).toHaveCount(statuses.length);
    await expect(table.locator("th[scope='row']")).toHaveCount(rightTopics.length);
    await expect(page.getByTestId("rights-cards")).toBeHidden();
  });

  test("one card per status on a 375px phone, the reader's own status first", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/uk/rights");
    await expect(page.getByTestId("rights-table")).toBeHidden();
    const cards = page.getByTestId("rights-cards").locator("section");
    await expect(cards).toHaveCount(statuses.length);
    await expect(cards.first().getByRole("heading")).toHaveText("Тимчасовий захист (Україна)");
    await expect(cards.first().locator("dt")).toHaveCount(rightTopics.length);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("OCMW and family-allowance cells say to check locally, with Flanders and Brussels each linked", async ({
    page,
  }) => {
    await page.goto("/en/rights");
    const table = page.getByTestId("rights-table");
    await expect(table.getByText("General rule: check with your OCMW.")).toHaveCount(statuses.length);
    await expect(table.getByText("General rule: check with your municipality.")).toHaveCount(statuses.length);
    await expect(table).toContainText("the Brussels family allowance (Famiris, Brussels)");
    for (const href of [
      "https://www.groeipakket.be",
      "https://www.iriscare.brussels",
      "https://www.mi-is.be",
    ]) {
      await expect(page.locator(`section[aria-labelledby='check'] a[href='${href}']`)).toHaveCount(1);
    }
  });

  test("Dutch terms are marked as Dutch in a Ukrainian page", async ({ page }) => {
    await page.goto("/uk/rights");
    for (const term of ["OCMW", "Groeipakket", "inburgering"]) {
      await expect(page.locator("main [lang='nl']", { hasText: term }).first()).toBeAttached();
    }
  });

  for (const locale of locales) {
    test(`${locale}: prints on one A4 page`, async ({ page }) => {
      await page.goto(`/${locale}/rights`);
      await page.emulateMedia({ media: "print" });
      await expect(page.getByTestId("rights-table")).toBeVisible();
      await expect(page.getByTestId("rights-cards")).toBeHidden();
      expect(await printedA4Pages(page)).toBe(1);
    });
  }

  test("the printed-page count sees a longer page's second page", async ({ page }) => {
    await page.goto("/uk/about");
    expect(await printedA4Pages(page)).toBeGreaterThan(1);
  });
});

test.describe("other info pages", () => {
  test("integration links to the infosessions and shows the welcome module's lesson periods, and who teaches", async ({
    page,
  }) => {
    await page.goto("/ru/integration");
    await expect(page.locator("main a[href='/ru/infosessions']")).toHaveCount(2);
    await expect(page.locator("main")).toContainText("40 учебных часов");
    await expect(page.locator("main [lang='nl']", { hasText: "CVO" }).first()).toBeAttached();
    await expect(page.locator("section[aria-labelledby='pre-trajectory'] ol > li")).toHaveCount(4);
  });

  test("Brussels is a region of its own, with its family allowance, integration rules and French helpline", async ({
    page,
  }) => {
    await page.goto("/nl/brussels");
    await expect(page.locator("main a[href='/nl/infosessions?region=BRUSSELS']")).toHaveCount(1);
    await expect(page.locator("main")).toContainText("Brussel is een apart gewest");
    await expect(page.locator("main")).not.toContainText("rest van Vlaanderen");
    await expect(page.locator("main")).toContainText("Famiris");
    await expect(page.locator("main")).toContainText("107");
  });

  test("materials point to AgII's Ukraine page as the source", async ({ page }) => {
    await page.goto("/en/materials");
    await expect(page.locator("main li h2")).toHaveCount(6);
    await expect(
      page.locator("main a[href='https://www.integratie-inburgering.be/oekraine']").first(),
    ).toBeVisible();
  });

  test("interpreting sends services to the staff area's interpreter request, in a staff language", async ({
    page,
  }) => {
    await page.goto("/uk/interpreting");
    await expect(page.locator("main a[href='/en/staff/interpreters']")).toHaveCount(1);
    await page.goto("/nl/interpreting");
    await expect(page.locator("main a[href='/nl/staff/interpreters']")).toHaveCount(1);
  });

  test("about has the privacy and accessibility statements the footer links to, and the recruitment figures", async ({
    page,
  }) => {
    await page.goto("/en");
    await page.locator("footer").getByRole("link", { name: "Privacy" }).click();
    await expect(page).toHaveURL(/\/en\/about#privacy$/);
    await expect(page.locator("#privacy")).toBeInViewport();
    await expect(page.locator("#accessibility")).toContainText("Accessibility statement");
    await expect(page.locator("section[aria-labelledby='accessibility']")).toContainText(
      "(WCAG) 2.2, level AA",
    );
    await expect(page.locator("section[aria-labelledby='vacancies']")).toContainText(
      `${teamUkraineRecruitment.value.hired}`,
    );
    await expect(page.locator("section[aria-labelledby='vacancies']")).toContainText("83.2");
  });
});
