import { expect, test } from "@playwright/test";
import { can, type Permission } from "../../src/domain/permissions";
import { demoAccount, everyDemoStaff, staffState, type DemoStaff } from "./support/staff";

/**
 * Every staff page × every demo account (both caseworkers, so own and other organisation). The
 * expected answer comes from the one permission table (src/domain/permissions.ts): a page that lets
 * in a role the table does not grant, or refuses one it grants, fails this spec.
 *
 * One row per page: `permission` is what its page.tsx passes to requireActor (null: any signed-in
 * staff member). A page showing one record names in `ownedBy` the accounts whose organisation may
 * see it; other permitted accounts must get 404 (the record is not theirs to know about):
 *   { path: "/staff/persons/<id of a Leuven person>", permission: "persons.read", ownedBy: ["admin", "caseworker-leuven"] }
 *
 * Pages to add at merge time (the staff URL map in the BRIEF):
 *   /staff/persons, /staff/persons/new, /staff/persons/[id], /staff/persons/[id]/intakes/new,
 *   /staff/intakes/[id], /staff/follow-ups, /staff/households/[id]                 (cases)
 *   /staff/infosessions, /staff/infosessions/new, /staff/infosessions/[id], /staff/outbox (infosessions)
 *   /staff/referrals, /staff/referrals/new?personId=…, /staff/referrals/[id],
 *   /staff/interpreters, /staff/figures, /staff/figures/import                       (NT2 and figures)
 */
type PageRow = { path: string; permission: Permission | null; ownedBy?: readonly DemoStaff[] };

const staffPageMatrix: readonly PageRow[] = [
  { path: "/staff", permission: null },
  { path: "/staff/accounts", permission: "accounts.manage" },
  { path: "/staff/audit", permission: "audit.read" },
];

function expectedStatus(row: PageRow, who: DemoStaff): number {
  if (row.permission && !can(demoAccount(who).role, row.permission)) return 403;
  if (row.ownedBy && !row.ownedBy.includes(who)) return 404;
  return 200;
}

for (const who of everyDemoStaff) {
  test.describe(`as ${who}`, () => {
    test.use({ storageState: staffState(who) });
    for (const row of staffPageMatrix) {
      const expected = expectedStatus(row, who);
      test(`${row.path} answers ${expected}`, async ({ page }) => {
        const response = await page.goto(`/en${row.path}`);
        expect(response?.status()).toBe(expected);
        expect(new URL(page.url()).pathname).toBe(`/en${row.path.split("?")[0]}`);
        await expect(page.locator("h1")).toHaveCount(1);
        if (expected === 403) await expect(page.locator("h1")).toHaveText("You do not have access to this page");
      });
    }
  });
}

test.describe("without a session", () => {
  for (const row of staffPageMatrix) {
    test(`${row.path} sends to the sign-in page`, async ({ page }) => {
      await page.goto(`/nl${row.path}`);
      await expect(page).toHaveURL(/\/nl\/staff\/sign-in$/);
    });
  }
});
