import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { locales } from "../../src/domain/locale";
import { everyPublicPage } from "./pages";
import { expectNoAxeViolations } from "./support/axe";

for (const { locale, path } of everyPublicPage) {
  test(`${path} has lang, alternates, one h1 and no axe violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("h1")).toHaveCount(1);
    for (const other of locales) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveCount(1);
    }
    await expectNoAxeViolations(page);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  // One browser page per locale walks that locale's pages: what a reader without JavaScript sees.
  for (const locale of locales) {
    test(`every /${locale} page renders its main content`, async ({ page }) => {
      for (const { path } of everyPublicPage.filter((candidate) => candidate.locale === locale)) {
        await page.goto(path);
        await expect(page.locator("main h1"), path).toBeVisible();
        expect((await page.locator("main").innerText()).trim().length, path).toBeGreaterThan(200);
      }
    });
  }
});

test("/ redirects by Accept-Language, falling back to Dutch", async ({ request }) => {
  for (const [header, expected] of [
    ["uk-UA,uk;q=0.9", "/uk"],
    ["ru", "/ru"],
    ["en-GB,en;q=0.8", "/en"],
    ["fr-BE", "/nl"],
  ] as const) {
    const response = await request.get("/", { headers: { "Accept-Language": header }, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(new URL(response.headers().location ?? "", "http://x").pathname).toBe(expected);
    expect(response.headers()["set-cookie"]).toBeUndefined();
  }
});

test("the language switcher links to the same page in each language", async ({ page }) => {
  await page.goto("/en");
  const switcher = page.getByRole("navigation", { name: "Language" });
  await expect(switcher.getByRole("link", { name: "Українська" })).toHaveAttribute("href", "/uk");
  await expect(switcher.getByText("English")).toHaveAttribute("aria-current", "true");
});

test("unknown locales and paths get a 404 page, not an error", async ({ page }) => {
  const unknownLocale = await page.goto("/xx/status");
  expect(unknownLocale?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  const unknownPath = await page.goto("/uk/does-not-exist");
  expect(unknownPath?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Такої сторінки немає" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // Next fills a notFound() thrown while rendering into an empty shell by script; unknown paths must
  // reach the prerendered not-found page instead, whose text is in the server's HTML.
  test("an unknown page says so in all four languages, with status 404", async ({ page, request }) => {
    for (const path of ["/uk/no-such-page", "/en/infosessions/no-such-page/extra", "/xx/status"]) {
      const raw = await request.get(path);
      expect(raw.status(), path).toBe(404);
      expect(await raw.text(), path).not.toContain('id="__next_error__"');
    }
    const response = await page.goto("/uk/no-such-page");
    expect(response?.status()).toBe(404);
    for (const title of [
      "Deze pagina bestaat niet",
      "Такої сторінки немає",
      "This page does not exist",
      "Такой страницы нет",
    ]) {
      await expect(page.getByRole("heading", { name: title })).toBeVisible();
    }
    await expect(page.getByRole("link", { name: /Українська/ })).toHaveAttribute("href", "/uk");
  });

  // These paths match a page, which would throw notFound() and get that empty shell: the proxy
  // answers them with the not-found page itself (src/proxy.ts).
  test("an unknown registration or manage link says so in the server's HTML, with status 404", async ({
    page,
    request,
  }) => {
    const unknownLinks = [
      `/uk/infosessions/${randomUUID()}/register`,
      "/uk/infosessions/not-a-session-id/register",
      `/en/infosessions/manage/${"A".repeat(43)}`,
      "/ru/infosessions/manage/too-short",
    ];
    for (const path of unknownLinks) {
      const raw = await request.get(path);
      expect(raw.status(), path).toBe(404);
      expect(await raw.text(), path).not.toContain('id="__next_error__"');
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Такої сторінки немає" })).toBeVisible();
    }
  });
});

test("the four-language not-found page has no axe violations", async ({ page }) => {
  const response = await page.goto("/uk/no-such-page");
  expect(response?.status()).toBe(404);
  await expectNoAxeViolations(page);
});

test("health answers 200 with the database reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok" });
});

test("security headers are set", async ({ request }) => {
  const response = await request.get("/nl");
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBeTruthy();
});

test("staff screens exist in Dutch and English: Ukrainian and Russian staff paths go to English", async ({
  request,
}) => {
  const response = await request.get("/uk/staff/persons?x=1", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/en\/staff\/persons\?x=1$/);
});
