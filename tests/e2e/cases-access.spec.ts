import { expect, test } from "@playwright/test";

// From the outside: nobody without a session sees a person, and every case page (not only a
// layout) sends them to the sign-in page. Signed in: permission-matrix.spec.ts and staff-cases.spec.ts.
const personId = "00000000-0000-4000-9000-000000000001"; // a seeded demo person (prisma/demo-cases.ts)
const casePaths = [
  "/en/staff/persons",
  "/nl/staff/persons?q=shevch",
  "/en/staff/persons/new",
  `/en/staff/persons/${personId}`,
  `/en/staff/persons/${personId}/edit`,
  `/en/staff/persons/${personId}/intakes/new`,
  `/nl/staff/intakes/00000000-0000-4000-9000-000000000200`,
  "/en/staff/follow-ups",
  "/en/staff/households/00000000-0000-4000-9000-000000000100",
  `/en/staff/persons/${personId}/export`,
];

for (const path of casePaths) {
  test(`${path} without a session redirects to sign-in and shows no personal data`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([303, 307, 308]).toContain(response.status());
    expect(response.headers()["location"]).toMatch(/\/(nl|en)\/staff\/sign-in$/);
    expect(await response.text()).not.toContain("Shevchenko");
  });
}
