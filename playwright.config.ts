import { defineConfig, devices } from "@playwright/test";
import { resolveChromium } from "./tests/support/chromium";

// Started by scripts/test.ts, which prepares the database, the SMTP sink and the production build.
const port = Number(process.env.E2E_PORT ?? 3100);
// CHROMIUM_PATH, else the system's Chromium, else the one that comes with `npm install`.
const chromium = await resolveChromium();
const launchOptions = {
  executablePath: chromium.executablePath,
  args: chromium.args,
  ...(chromium.env ? { env: chromium.env } : {}),
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "nl-BE",
    timezoneId: "Europe/Brussels",
    trace: "retain-on-failure",
    // The portal's service worker pre-caches four pages whenever a page is opened in a new context,
    // which every test is: blocked, except in the spec that tests offline reading (info-tools.spec.ts).
    serviceWorkers: "block",
  },
  projects: [
    // Signs in once per demo staff account and saves the login (tests/e2e/support/staff.ts).
    {
      name: "staff-setup",
      testMatch: /.*\.setup\.ts/,
      use: { launchOptions },
    },
    {
      name: "chromium",
      dependencies: ["staff-setup"],
      testIgnore: /staff-facts\.spec\.ts/,
      use: {
        ...devices["Desktop Chrome"],
        locale: "nl-BE",
        launchOptions,
      },
    },
    // Changes (and reverts) public facts the info-page specs read: after every other spec.
    {
      name: "facts",
      dependencies: ["chromium"],
      testMatch: /staff-facts\.spec\.ts/,
      use: {
        ...devices["Desktop Chrome"],
        locale: "nl-BE",
        launchOptions,
      },
    },
  ],
  webServer: {
    command: `node_modules/.bin/next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
