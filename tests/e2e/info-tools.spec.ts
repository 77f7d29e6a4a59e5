import { expect, test, type Page } from "@playwright/test";
import { locales } from "../../src/domain/locale";

type Answers = {
  nationality: string;
  statusInUkraine?: string;
  safeReturn?: string;
  leftOn?: string;
  familyTie: string;
};

async function answer(page: Page, locale: string, answers: Answers) {
  await page.goto(`/${locale}/eligibility`);
  const form = page.locator("main form");
  for (const field of ["nationality", "statusInUkraine", "safeReturn", "familyTie"] as const) {
    const value = answers[field];
    if (value) await form.locator(`input[name="${field}"][value="${value}"]`).check();
  }
  if (answers.leftOn) await form.locator('input[name="leftOn"]').fill(answers.leftOn);
  await form.getByRole("button").click();
  await page.waitForURL(/\/eligibility\/result\?/);
}

const branches: { answers: Answers; likelihood: string; reason: string }[] = [
  {
    answers: { nationality: "ukrainian", leftOn: "2022-03-02", familyTie: "none" },
    likelihood: "likely",
    reason: "ukrainianNational",
  },
  {
    answers: {
      nationality: "stateless",
      statusInUkraine: "internationalProtection",
      leftOn: "2022-02-24",
      familyTie: "none",
    },
    likelihood: "likely",
    reason: "protectedInUkraine",
  },
  {
    answers: {
      nationality: "otherCountry",
      statusInUkraine: "permanentResidence",
      safeReturn: "no",
      leftOn: "2023-05-01",
      familyTie: "none",
    },
    likelihood: "likely",
    reason: "permanentResidentCannotReturn",
  },
  {
    answers: {
      nationality: "otherCountry",
      statusInUkraine: "none",
      leftOn: "2022-04-01",
      familyTie: "spouseOrPartner",
    },
    likelihood: "likely",
    reason: "familyMember",
  },
  {
    answers: {
      nationality: "otherCountry",
      statusInUkraine: "permanentResidence",
      safeReturn: "unsure",
      leftOn: "2022-04-01",
      familyTie: "none",
    },
    likelihood: "unclear",
    reason: "permanentResidentUnsureOfReturn",
  },
  {
    answers: { nationality: "ukrainian", leftOn: "2022-02-23", familyTie: "none" },
    likelihood: "unlikely",
    reason: "leftBeforeStart",
  },
  {
    answers: {
      nationality: "otherCountry",
      statusInUkraine: "otherResidence",
      leftOn: "2022-04-01",
      familyTie: "none",
    },
    likelihood: "unlikely",
    reason: "noProtectedStatusInUkraine",
  },
];

test.describe("eligibility check without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const branch of branches) {
    test(`${branch.reason} gives "${branch.likelihood}" through the real form`, async ({ page }) => {
      await answer(page, "uk", branch.answers);
      await expect(page.locator("[data-likelihood]")).toHaveAttribute("data-likelihood", branch.likelihood);
      await expect(page.locator("[data-reason]")).toHaveAttribute("data-reason", branch.reason);
      if (branch.likelihood === "likely") {
        await expect(page.getByRole("heading", { name: "Що робити далі" })).toBeVisible();
      } else {
        await expect(page.getByRole("heading", { name: "Що ще можна зробити" })).toBeVisible();
        await expect(page.locator('main a[href="/uk/help"]').first()).toBeVisible();
      }
    });
  }

  test("missing and invalid answers come back with a localized message per field and the answers kept", async ({
    page,
  }) => {
    await page.goto(
      "/ru/eligibility/result?nationality=otherCountry&statusInUkraine=permanentResidence&leftOn=2099-01-01&familyTie=",
    );
    await expect(page.locator("h1")).toHaveText("Распространяется ли на меня временная защита?");
    await expect(page.locator("#safeReturn-error")).toHaveText("Заполните это поле.");
    await expect(page.locator("#familyTie-error")).toHaveText("Заполните это поле.");
    await expect(page.locator("#leftOn-error")).toHaveText("Эта дата ещё не наступила.");
    await expect(page.locator("#nationality-error")).toHaveCount(0);
    await expect(page.locator('input[name="nationality"][value="otherCountry"]')).toBeChecked();
    await expect(page.locator('input[name="statusInUkraine"][value="permanentResidence"]')).toBeChecked();
    await expect(page.locator('input[name="leftOn"]')).toHaveValue("2099-01-01");
    await expect(page.getByRole("link", { name: /Заполните это поле/ })).toHaveCount(2);
  });

  test("an empty form gives every required message in the page's language", async ({ page }) => {
    await page.goto("/uk/eligibility");
    await page.locator("main form").getByRole("button").click();
    await expect(page.locator("#nationality-error")).toHaveText("Заповніть це поле.");
    await expect(page.locator("#leftOn-error")).toHaveText("Заповніть це поле.");
    await expect(page.locator("#familyTie-error")).toHaveText("Заповніть це поле.");
  });
});

test("the eligibility check works with JavaScript too, and sets no cookie", async ({ page, context }) => {
  await answer(page, "en", { nationality: "ukrainian", leftOn: "2022-03-15", familyTie: "minorChild" });
  await expect(page.locator("[data-reason]")).toHaveAttribute("data-reason", "ukrainianNational");
  await expect(page.locator("[data-likelihood]")).toHaveText("Temporary protection probably applies to you.");
  expect(await context.cookies()).toEqual([]);
});

test("the result page is rendered per request, never stored by shared caches, and sets no cookie", async ({
  request,
}) => {
  const response = await request.get(
    "/nl/eligibility/result?nationality=ukrainian&leftOn=2022-03-01&familyTie=none",
  );
  expect(response.status()).toBe(200);
  expect(response.headers()["set-cookie"]).toBeUndefined();
  expect(response.headers()["cache-control"]).not.toContain("public");
  expect(await response.text()).toContain('name="robots" content="noindex');
});

test.describe("help page", () => {
  // No source since 2022 confirms the helpdesk's number and hours (FACTS-2026.md): the page must not
  // print them as current, and points individuals to legal help that exists instead.
  test("shows the alternatives for legal help, not the unconfirmed helpdesk number", async ({ page }) => {
    await page.goto("/en/help");
    const alternatives = page.getByTestId("legal-help-alternatives");
    await expect(alternatives.locator("li")).toHaveCount(3);
    await expect(alternatives).toContainText("infodesk@ibz.fgov.be");
    await expect(alternatives.locator("a[href='https://www.myria.be']")).toHaveCount(1);
    await expect(page.locator("main")).not.toContainText("205 00 55");
    await expect(page.locator('main [lang="nl"]', { hasText: "OCMW" })).toBeVisible();
    for (const number of ["112", "101", "106", "107"])
      await expect(page.locator(`main a[href="tel:${number}"]`)).toBeVisible();
  });

  test("in Ukrainian, the legal-help texts are Ukrainian, with the Dutch counter terms marked", async ({
    page,
  }) => {
    await page.goto("/uk/help");
    const alternatives = page.getByTestId("legal-help-alternatives");
    await expect(alternatives).toContainText("Служба у справах іноземців");
    await expect(alternatives.locator('[lang="nl"]', { hasText: "Dienst Vreemdelingenzaken" })).toHaveCount(
      1,
    );
    await expect(page.getByTestId("fact-source").last()).toContainText(
      "Служба у справах іноземців: тимчасовий захист",
    );
  });
});

test("sitemap lists every public page in every locale with alternates, and robots keeps staff out", async ({
  request,
}) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const locale of locales) {
    for (const path of ["", "/status", "/rights", "/eligibility", "/help", "/about", "/infosessions"]) {
      expect(sitemap).toContain(`/${locale}${path}</loc>`);
    }
    expect(sitemap).toContain(`hreflang="${locale}"`);
  }
  expect(sitemap).toContain('hreflang="x-default"');
  expect(sitemap).not.toContain("/staff");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /nl/staff");
  expect(robots).toContain("Disallow: /en/staff");
  expect(robots).toContain("Disallow: /api/");
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test("info pages may be stored by shared caches and set no cookie", async ({ request }) => {
  for (const path of ["/nl", "/uk", "/uk/help", "/ru/eligibility", "/en/help"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const cacheControl = response.headers()["cache-control"] ?? "";
    expect(cacheControl, path).toContain("public");
    expect(cacheControl, path).toMatch(/s-maxage=\d+/);
    expect(cacheControl, path).not.toMatch(/private|no-store/);
    expect(response.headers()["set-cookie"], path).toBeUndefined();
  }
});

test.describe("offline reading", () => {
  test.use({ serviceWorkers: "allow" });

  test("a visited info page and the locale's home stay readable offline, and nothing personal is cached", async ({
    page,
    context,
  }) => {
    await page.goto("/uk/help");
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The precache runs after activation; wait until the home page is in the cache.
    await expect
      .poll(
        () => page.evaluate(async () => (await caches.keys()).length > 0 && !!(await caches.match("/uk"))),
        { timeout: 15_000 },
      )
      .toBe(true);
    await page.reload();
    await page.goto("/uk/eligibility/result?nationality=ukrainian&leftOn=2022-03-01&familyTie=none");

    await context.setOffline(true);
    await page.goto("/uk/help");
    await expect(page.locator("h1")).toHaveText("Допомога та контакти");
    await page.goto("/uk");
    await expect(page.locator("main h1")).toBeVisible();
    await page.goto("/uk/materials");
    await expect(page.locator("h1")).toHaveText("Немає з'єднання");

    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys())
          urls.push(new URL(request.url).pathname + new URL(request.url).search);
      return urls;
    });
    expect(cached.filter((url) => /staff|\/api\/|\?|result/.test(url))).toEqual([]);
    await context.setOffline(false);
  });
});

test.describe("listen button", () => {
  test("is absent without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/uk/help");
    await expect(page.getByRole("button", { name: "Прослухати сторінку" })).toHaveCount(0);
    await context.close();
  });

  test("appears only when the browser has a voice for the page's language", async ({ page }) => {
    await page.addInitScript(() => {
      const voices = [{ lang: "uk-UA", name: "Test", default: true, localService: true, voiceURI: "test" }];
      const synthesis = Object.assign(new EventTarget(), {
        getVoices: () => voices,
        speak: () => {},
        cancel: () => {},
      });
      Object.defineProperty(window, "speechSynthesis", { value: synthesis, configurable: true });
    });
    await page.goto("/uk/help");
    await expect(page.getByRole("button", { name: "Прослухати сторінку" })).toBeVisible();
    await page.goto("/ru/help");
    await expect(page.getByRole("button", { name: "Прослушать страницу" })).toHaveCount(0);
  });
});
