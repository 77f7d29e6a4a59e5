import { expect, test } from "@playwright/test";
import { can, type Permission } from "../../src/domain/permissions";
import { demoOrganisationIds } from "../../prisma/demo-data";
import { demoRecords, resolveDemoPath } from "./support/demo-records";
import { demoAccount, everyDemoStaff, staffState, type DemoStaff } from "./support/staff";

/**
 * Every staff page × every demo account (both caseworkers, so own and other organisation). The
 * expected answer comes from the one permission table (src/domain/permissions.ts): a page that lets
 * in a role the table does not grant, or refuses one it grants, fails this spec.
 *
 * One row per page: `permission` is what its page.tsx passes to staffPage() (null: any signed-in
 * staff member). A page showing one record names in `ownedBy` the accounts whose organisation may
 * see it; other permitted accounts must get 404 (the record is not theirs to know about):
 *   { path: "/staff/persons/<id of a Leuven person>", permission: "persons.read", ownedBy: ["admin", "caseworker-leuven"] }
 * Who owns a demo record follows the scoping rules of the use-cases: caseworkers see their own
 * organisation's persons and intakes, municipality officers the persons living in their
 * municipality (but no intakes), administrators everything, NT2 providers no person at all.
 *
 * Access is a matter of the HTTP answer, so each cell is one request in the account's signed-in
 * browser context (its cookies), not a rendered page: the axe scans of these pages, signed in, are in
 * staff-axe.spec.ts. That keeps the 138 cells cheap.
 *
 * `{infosession}` in a path stands for an upcoming demo session (their ids are random). There is no
 * demo referral: the row for a referral uses an id nobody owns (403 without the permission, 404
 * with it); tests/e2e/staff-referrals.spec.ts checks who sees a real one.
 */
type PageRow = {
  path: string;
  permission: Permission | null;
  anyOf?: readonly Permission[];
  ownedBy?: readonly DemoStaff[];
};

const { gentPersonOfAgii, leuvenPersonOfOcmw, householdOfAgii, intakeOfAgii, intakeOfOcmwLeuven } =
  demoRecords;
const nobodysReferral = "00000000-0000-4000-9000-00000000dead";
const nobodysQuestion = "00000000-0000-4000-9000-00000000beef";

const staffPageMatrix: readonly PageRow[] = [
  { path: "/staff", permission: null },
  { path: "/staff/accounts", permission: "accounts.manage" },
  { path: "/staff/organisations", permission: "organisations.manage" },
  { path: "/staff/organisations/new", permission: "organisations.manage" },
  { path: `/staff/organisations/${demoOrganisationIds.cvoGhent}`, permission: "organisations.manage" },
  { path: "/staff/audit", permission: "audit.read" },
  // Cases
  { path: "/staff/persons", permission: "persons.read" },
  { path: "/staff/persons/new", permission: "persons.write" },
  {
    path: `/staff/persons/${gentPersonOfAgii}`,
    permission: "persons.read",
    ownedBy: ["admin", "caseworker", "municipality"],
  },
  {
    path: `/staff/persons/${leuvenPersonOfOcmw}`,
    permission: "persons.read",
    ownedBy: ["admin", "caseworker-leuven"],
  },
  {
    path: `/staff/persons/${gentPersonOfAgii}/edit`,
    permission: "persons.write",
    ownedBy: ["admin", "caseworker", "municipality"],
  },
  {
    path: `/staff/persons/${gentPersonOfAgii}/intakes/new`,
    permission: "intakes.write",
    ownedBy: ["admin", "caseworker"],
  },
  { path: `/staff/intakes/${intakeOfAgii}`, permission: "intakes.read", ownedBy: ["admin", "caseworker"] },
  {
    path: `/staff/intakes/${intakeOfOcmwLeuven}`,
    permission: "intakes.read",
    ownedBy: ["admin", "caseworker-leuven"],
  },
  { path: "/staff/follow-ups", permission: "followUps.manage" },
  {
    path: `/staff/households/${householdOfAgii}`,
    permission: "persons.read",
    ownedBy: ["admin", "caseworker", "municipality"],
  },
  // Infosessions
  { path: "/staff/infosessions", permission: "infosessions.manage" },
  { path: "/staff/infosessions/new", permission: "infosessions.manage" },
  { path: "/staff/infosessions/{infosession}", permission: "infosessions.manage" },
  { path: "/staff/outbox", permission: "outbox.read" },
  // NT2 referrals, interpreters, figures. A referral form is for persons of one's own organisation.
  { path: "/staff/referrals", permission: "referrals.read" },
  {
    path: `/staff/referrals/new?personId=${gentPersonOfAgii}`,
    permission: "referrals.create",
    ownedBy: ["admin", "caseworker"],
  },
  { path: `/staff/referrals/${nobodysReferral}`, permission: "referrals.read", ownedBy: [] },
  { path: "/staff/interpreters", permission: "interpreters.request" },
  { path: "/staff/figures", permission: "figures.read" },
  { path: "/staff/figures/import", permission: "figures.import" },
  // Questions to AgII: askers and advisers share the list page (each sees their own part).
  { path: "/staff/questions", permission: null, anyOf: ["questions.ask", "questions.answer"] },
  {
    path: `/staff/questions/${nobodysQuestion}`,
    permission: null,
    anyOf: ["questions.ask", "questions.answer"],
    ownedBy: [],
  },
  { path: "/staff/questions/figures", permission: "questions.figures" },
  { path: "/staff/advisers", permission: "advisers.manage" },
  { path: "/staff/answers", permission: "answers.read" },
  // Public facts (issue 12): administrators and content editors, who see no personal data.
  { path: "/staff/facts", permission: "facts.manage" },
];

function expectedStatus(row: PageRow, who: DemoStaff): number {
  if (row.permission && !can(demoAccount(who).role, row.permission)) return 403;
  if (row.anyOf && !row.anyOf.some((permission) => can(demoAccount(who).role, permission))) return 403;
  if (row.ownedBy && !row.ownedBy.includes(who)) return 404;
  return 200;
}

/** The one h1 of a page's HTML (the tag, not the RSC payload's copy of it). */
const headingsOf = (html: string) =>
  [...html.matchAll(/<h1[\s>][\s\S]*?<\/h1>/g)].map((match) => match[0].replace(/<[^>]+>/g, ""));

// One test per account walks its row of the matrix in one signed-in context (a context per cell
// cost more than the cell); each cell is a step, and a soft assertion, so every wrong cell is named.
for (const who of everyDemoStaff) {
  test.describe(`as ${who}`, () => {
    test.use({ storageState: staffState(who) });
    test("every staff page answers as the permission table says", async ({ page, request }) => {
      test.setTimeout(120_000);
      for (const row of staffPageMatrix) {
        const expected = expectedStatus(row, who);
        await test.step(`${row.path} answers ${expected}`, async () => {
          const path = await resolveDemoPath(row.path, request);
          // page.request carries the signed-in context's cookies; no redirect may stand in for an answer.
          const response = await page.request.get(`/en${path}`, { maxRedirects: 0 });
          expect.soft(response.status(), path).toBe(expected);
          const html = await response.text();
          if (expected === 200) {
            expect.soft(headingsOf(html), path).toHaveLength(1);
          } else {
            // Next 16 does not server-render the forbidden()/notFound() page (vercel/next.js#62228): its
            // h1 is only in the flight payload, drawn by the browser. staff-auth.spec.ts checks it drawn.
            expect
              .soft(html, path)
              .toContain(
                expected === 403 ? "You do not have access to this page" : "This page does not exist",
              );
          }
        });
      }
    });
  });
}

test("without a session, every staff page sends to the sign-in page", async ({ request }) => {
  test.setTimeout(120_000);
  for (const row of staffPageMatrix) {
    await test.step(row.path, async () => {
      const path = await resolveDemoPath(row.path, request);
      const response = await request.get(`/nl${path}`, { maxRedirects: 0 });
      expect.soft(response.status(), path).toBe(307);
      expect
        .soft(new URL(response.headers().location ?? "", "http://x").pathname, path)
        .toBe("/nl/staff/sign-in");
    });
  }
});
