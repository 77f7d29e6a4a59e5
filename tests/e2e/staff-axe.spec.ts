import { expect, test } from "@playwright/test";
import { demoOrganisationIds } from "../../prisma/demo-data";
import { expectNoAxeViolations } from "./support/axe";
import { demoRecords, resolveDemoPath } from "./support/demo-records";
import { staffState, type DemoStaff } from "./support/staff";

/**
 * Every staff page, signed in as an account that may see it (and for pages that differ by role,
 * as each of them): one h1 and no WCAG 2.2 AA violation. One scan per distinct screen: a state that
 * adds nothing new to the markup (another locale, another filter) is not scanned again, to keep
 * `npm test` within its ten minutes. Pages about one referral are scanned in
 * tests/e2e/staff-referrals.spec.ts, which creates the referral; the sign-in, accounts and audit
 * pages in tests/e2e/staff-auth.spec.ts.
 */
const { gentPersonOfAgii, leuvenPersonOfOcmw, householdOfAgii, intakeOfAgii } = demoRecords;
const nt2Profile =
  "intendedStay=LONGER_STAY&priorSchooling=SECONDARY&availability=EVENING&mode=EITHER&region=FLANDERS&cvoProfile=on";

const pagesByAccount: Record<DemoStaff, readonly string[]> = {
  caseworker: [
    "/en/staff/persons",
    "/nl/staff/persons?q=shevch",
    "/en/staff/persons/new",
    `/en/staff/persons/${gentPersonOfAgii}`,
    `/nl/staff/persons/${gentPersonOfAgii}/edit`,
    `/en/staff/persons/${gentPersonOfAgii}/intakes/new`,
    `/en/staff/intakes/${intakeOfAgii}`,
    `/en/staff/intakes/${intakeOfAgii}?step=referrals`,
    `/en/staff/intakes/${intakeOfAgii}?step=infosession`,
    `/en/staff/intakes/${intakeOfAgii}?step=check`,
    `/nl/staff/intakes/${intakeOfAgii}?step=follow-up`,
    "/en/staff/follow-ups",
    `/en/staff/households/${householdOfAgii}`,
    `/en/staff/households/${householdOfAgii}?q=kovalenko`,
    `/en/staff/persons/new?household=${householdOfAgii}`,
    "/en/staff/referrals",
    `/en/staff/referrals/new?personId=${gentPersonOfAgii}`,
    `/nl/staff/referrals/new?personId=${gentPersonOfAgii}&${nt2Profile}`,
    "/en/staff/interpreters",
    "/nl/staff/questions",
    "/en/staff/answers",
  ],
  admin: [
    `/en/staff/persons/${leuvenPersonOfOcmw}`,
    "/en/staff/infosessions",
    "/en/staff/infosessions/new",
    "/en/staff/infosessions/{infosession}",
    "/en/staff/outbox",
    "/nl/staff/interpreters",
    "/en/staff/figures",
    "/en/staff/figures/import",
    "/en/staff/organisations",
    "/nl/staff/organisations/new",
    `/en/staff/organisations/${demoOrganisationIds.cvoGhent}`,
    "/nl/staff/advisers",
  ],
  "caseworker-leuven": [`/en/staff/persons/${leuvenPersonOfOcmw}`],
  municipality: [
    "/en/staff/persons",
    `/en/staff/persons/${gentPersonOfAgii}`,
    "/nl/staff/figures",
    "/nl/staff/questions/figures",
  ],
  nt2: ["/nl/staff/referrals?status=SENT"],
  // The question thread and the approval list are scanned in tests/e2e/staff-questions.spec.ts, which creates them.
  adviser: ["/en/staff/questions", "/nl/staff/answers", "/en/staff/questions/figures"],
  "adviser-2": [],
  editor: ["/en/staff/facts", "/nl/staff", "/nl/staff/facts?fact=endDateHistory"],
};

for (const [who, paths] of Object.entries(pagesByAccount) as [DemoStaff, readonly string[]][]) {
  test.describe(`as ${who}`, () => {
    test.use({ storageState: staffState(who) });
    for (const path of paths) {
      test(`${path} has one h1 and no axe violations`, async ({ page, request }) => {
        const response = await page.goto(await resolveDemoPath(path, request));
        expect(response?.status()).toBe(200);
        await expect(page.locator("h1")).toHaveCount(1);
        await expectNoAxeViolations(page);
      });
    }
  });
}

// Tables wider than a phone scroll sideways: the scroll box must be reachable by keyboard too.
test.describe("as admin on a phone-sized screen", () => {
  test.use({ storageState: staffState("admin"), viewport: { width: 360, height: 740 } });
  // Every wide table uses the one ScrollRegion component: three of them stand for the rest.
  for (const path of ["/en/staff/persons", "/en/staff/audit", "/en/staff/figures"]) {
    test(`${path} has no axe violations`, async ({ page, request }) => {
      const response = await page.goto(await resolveDemoPath(path, request));
      expect(response?.status()).toBe(200);
      await expectNoAxeViolations(page);
    });
  }
});

// Staff pages exist in Dutch and English only: the switcher offers no language that would land on English.
test.describe("the language switcher on a staff page", () => {
  test.use({ storageState: staffState("caseworker") });
  test("offers Nederlands and English only", async ({ page }) => {
    await page.goto("/en/staff/persons");
    const switcher = page.getByRole("navigation", { name: "Language" });
    await expect(switcher.getByRole("listitem")).toHaveText(["Nederlands", "English"]);
  });
});
