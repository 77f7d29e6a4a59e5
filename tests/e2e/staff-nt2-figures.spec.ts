import { expect, test } from "@playwright/test";
import { staffState } from "./support/staff";

// Signed-out checks of the NT2 and figures pages. Signed in, they are walked per role in
// permission-matrix.spec.ts and used in staff-referrals.spec.ts and staff-figures.spec.ts.
const staffPages = [
  "/nl/staff/referrals",
  "/nl/staff/referrals/new?personId=00000000-0000-4000-8000-0000000000aa",
  "/en/staff/referrals/00000000-0000-4000-8000-0000000000aa",
  "/nl/staff/interpreters",
  "/en/staff/figures",
  "/nl/staff/figures/import",
];

for (const path of staffPages) {
  test(`${path} sends a signed-out visitor to sign in`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([303, 307]).toContain(response.status());
    expect(new URL(response.headers().location ?? "", "http://x").pathname).toMatch(
      /^\/(nl|en)\/staff\/sign-in$/,
    );
  });
}

test("the figures CSV export gives nothing to a signed-out visitor", async ({ request }) => {
  const response = await request.get("/nl/staff/figures/export?table=months", { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers()["content-type"] ?? "").not.toContain("text/csv");
  expect(new URL(response.headers().location ?? "", "http://x").pathname).toBe("/nl/staff/sign-in");
});

test("an upload of official figures by a signed-out visitor is refused without importing", async ({
  request,
  baseURL,
}) => {
  const response = await request.post("/nl/staff/figures/import/upload", {
    headers: { origin: new URL(baseURL!).origin },
    multipart: {
      file: {
        name: "figures.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("nis_code,date,certificates,registered\n44021,2026-05-06,1,1\n"),
      },
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(new URL(response.headers().location ?? "", "http://x").pathname).toBe("/nl/staff/sign-in");
});

test("an upload of official figures from another origin (a sibling subdomain) is refused", async ({
  browser,
}) => {
  const admin = await browser.newContext({ storageState: staffState("admin") });
  const response = await admin.request.post("/nl/staff/figures/import/upload", {
    headers: { origin: "https://evil.welkom.example" },
    multipart: {
      file: {
        name: "figures.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("nis_code,date,certificates,registered\n44021,2026-05-06,1,1\n"),
      },
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  await admin.close();
});

test("the Ukrainian and Russian staff paths of these pages go to English", async ({ request }) => {
  const response = await request.get("/uk/staff/figures", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(new URL(response.headers().location ?? "", "http://x").pathname).toBe("/en/staff/figures");
});
