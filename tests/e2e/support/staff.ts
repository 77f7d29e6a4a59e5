/**
 * Signed-in staff for end-to-end specs: one saved login per demo account, made once per run by the
 * "staff-setup" project (tests/e2e/staff.setup.ts), which signs in through the real sign-in form.
 *
 *   import { staffState } from "./support/staff";
 *   test.use({ storageState: staffState("caseworker") });   // every test in this file/describe
 *
 *   // or, inside one test, a fresh session of its own (e.g. a test that signs out):
 *   await signInThroughForm(page, "admin");
 *
 * Accounts (prisma/demo-data.ts, all with demoPassword, two-factor off because e2e runs REQUIRE_2FA=false):
 *   admin              ADMIN, AgII
 *   caseworker         CASEWORKER, AgII
 *   caseworker-leuven  CASEWORKER, OCMW Leuven (another organisation, for scoping specs)
 *   municipality       MUNICIPALITY_OFFICER, Stad Gent (NIS 44021)
 *   nt2                NT2_PROVIDER, CVO Gent
 *   adviser, adviser-2 AGII_ADVISER, AgII's legal service (all legal topics)
 *   editor             CONTENT_EDITOR, AgII (public facts only, no personal data)
 * Do not sign out with a saved login: that ends the shared session for every spec using it.
 */
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { demoPassword, demoUsers } from "../../../prisma/demo-data";
import type { StaffRole } from "../../../src/domain/permissions";

export const demoStaff = {
  admin: "demo-admin",
  caseworker: "demo-caseworker",
  "caseworker-leuven": "demo-caseworker-leuven",
  municipality: "demo-municipality",
  nt2: "demo-nt2",
  adviser: "demo-adviser",
  "adviser-2": "demo-adviser-2",
  editor: "demo-editor",
} as const;
export type DemoStaff = keyof typeof demoStaff;
export const everyDemoStaff = Object.keys(demoStaff) as DemoStaff[];

export function demoAccount(who: DemoStaff): {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  organisationId: string;
  password: string;
} {
  const user = demoUsers.find((candidate) => candidate.id === demoStaff[who]);
  if (!user) throw new Error(`No demo user ${demoStaff[who]} in prisma/demo-data.ts`);
  return { ...user, password: demoPassword };
}

const stateDirectory = path.resolve(".data", "e2e-auth");

/** The saved login (Playwright storageState file) of a demo account. */
export function staffState(who: DemoStaff): string {
  return path.join(stateDirectory, `${who}.json`);
}

/** Signs in through the real form (works with or without JavaScript) and waits for the dashboard. */
export async function signInThroughForm(
  page: Page,
  who: DemoStaff,
  locale: "nl" | "en" = "en",
): Promise<void> {
  const account = demoAccount(who);
  await page.goto(`/${locale}/staff/sign-in`);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  // Generous: password hashing is deliberately slow, and the first requests warm a cold server.
  await expect(page).toHaveURL(new RegExp(`/${locale}/staff$`), { timeout: 30_000 });
}
