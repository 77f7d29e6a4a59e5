import { chromium } from "@playwright/test";
import { describe, expect, it } from "vitest";
import { resolveChromium } from "../support/chromium";

// A fresh machine has no CHROMIUM_PATH and no system Chromium: the e2e tests then launch the one
// inside @sparticuz/chromium. This launches it for real and renders a page with a script and Cyrillic text.
describe("the Chromium the end-to-end tests launch", () => {
  it("falls back to the npm package's Chromium, which renders a page", { timeout: 60_000 }, async () => {
    const choice = await resolveChromium({}, ["/nonexistent/chromium"]);
    expect(choice.source).toBe("npm");
    const browser = await chromium.launch({
      executablePath: choice.executablePath,
      args: choice.args,
      ...(choice.env ? { env: choice.env } : {}),
    });
    try {
      const page = await browser.newPage();
      await page.setContent(
        `<main><h1>Ласкаво просимо</h1><p id="out"></p></main><script>document.getElementById("out").textContent = String(6 * 7)</script>`,
      );
      await expect.poll(() => page.locator("#out").textContent()).toBe("42");
      const heading = await page.locator("h1").boundingBox();
      expect(heading?.height).toBeGreaterThan(10);
      expect(browser.version()).toMatch(/^\d+\./);
    } finally {
      await browser.close();
    }
  });

  it("prefers CHROMIUM_PATH, and says so when it names nothing", async () => {
    await expect(resolveChromium({ CHROMIUM_PATH: "/nonexistent/chrome" })).rejects.toThrow(
      "CHROMIUM_PATH names /nonexistent/chrome",
    );
    const choice = await resolveChromium({ CHROMIUM_PATH: process.execPath });
    expect(choice).toMatchObject({ source: "CHROMIUM_PATH", executablePath: process.execPath });
  });

  it("takes the system's Chromium before the npm package's", async () => {
    const choice = await resolveChromium({}, ["/nonexistent/chromium", process.execPath]);
    expect(choice).toMatchObject({ source: "system", executablePath: process.execPath });
  });
});
