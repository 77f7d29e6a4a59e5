import { randomInt, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { readMailDir, type ParsedMail } from "../support/eml";
import { staffState } from "./support/staff";

// An administrator plans, runs and cancels infosessions in a real browser. Every test creates its
// own session (a random start in 2027), so the demo catalogue other specs read is left alone.
test.use({ storageState: staffState("admin") });

const uniqueEmail = (label: string) => `${label}.${randomUUID().slice(0, 8)}@example.test`;

/** Waits for the outbox worker to deliver a mail to `address` whose subject contains `subject` (the SMTP sink of the e2e run). */
async function mailTo(address: string, subject: string): Promise<ParsedMail> {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run e2e through `npm test -- e2e`.");
  let found: ParsedMail | undefined;
  await expect
    .poll(
      () =>
        (found = readMailDir(dir).find(
          (mail) => mail.to.includes(address) && mail.subject.includes(subject),
        )),
      { timeout: 20_000 },
    )
    .toBeTruthy();
  return found!;
}

/** Creates a session through the form and returns its id; the page is then on the session. */
async function createSession(page: Page): Promise<string> {
  const month = String(randomInt(1, 13)).padStart(2, "0");
  const day = String(randomInt(1, 29)).padStart(2, "0");
  const minute = String(randomInt(0, 60)).padStart(2, "0");
  await page.goto("/en/staff/infosessions/new");
  await page.getByRole("combobox", { name: "Series", exact: true }).selectOption("SERIES_2");
  await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("ru");
  await page.getByRole("combobox", { name: "Region", exact: true }).selectOption("FLANDERS");
  await page.getByLabel("Start (Brussels time)").fill(`2027-${month}-${day}T18:${minute}`);
  await page.getByLabel("Duration in minutes").fill("90");
  await page.getByLabel("Capacity (places)").fill("12");
  await page
    .getByLabel("Online meeting link (https)")
    .fill(`https://meet.welkom.demo/e2e-${randomUUID().slice(0, 8)}`);
  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/infosessions\/[0-9a-f-]{36}\?done=created$/);
  await expect(page.getByRole("status")).toHaveText("Session created.");
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** Registers one person for a session through the public JSON API. */
async function register(
  request: APIRequestContext,
  sessionId: string,
  contactName: string,
  email: string,
): Promise<void> {
  const response = await request.post("/api/v1/registrations", {
    data: {
      sessionId,
      contact: { name: contactName, email },
      locale: "en",
      attendees: [{ firstName: "Petro", birthYear: 1980 }],
      consent: true,
    },
  });
  expect(response.status()).toBe(201);
}

test("a new session keeps a bad link's input, is listed, exports neutralised CSV and is cancelled with notice", async ({
  page,
  request,
}) => {
  await page.goto("/en/staff/infosessions/new");
  await page.getByLabel("Start (Brussels time)").fill("2027-05-06T10:00");
  await page.getByLabel("Online meeting link (https)").fill("http://not-secure.example");
  await page.getByRole("button", { name: "Create session" }).click();
  // The summary's heading, then a link to each field it names.
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "The form has errors. Please correct the fields below.",
  );
  await expect(page.getByLabel("Online meeting link (https)")).toHaveValue("http://not-secure.example");
  await expect(page.getByLabel("Online meeting link (https)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Start (Brussels time)")).toHaveValue("2027-05-06T10:00");

  const sessionId = await createSession(page);
  await page.getByRole("link", { name: "All sessions" }).click();
  await expect(page.locator(`a[href="/en/staff/infosessions/${sessionId}"]`)).toBeVisible();

  // A registrant whose name a spreadsheet would run as a formula.
  const email = uniqueEmail("cancelled");
  await register(request, sessionId, '=HYPERLINK("https://evil.example","x")', email);
  await page.goto(`/en/staff/infosessions/${sessionId}`);
  await expect(page.getByText("1 of 12 places confirmed")).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export registrations (CSV)" }).click();
  const csv = readFileSync((await (await downloading).path())!, "utf8");
  expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
  expect(csv).not.toMatch(/(^|[;,])"?=HYPERLINK/m);

  // Cancelling needs the confirmation, then tells the registrant.
  await page.getByRole("button", { name: "Cancel session" }).click();
  // Said at the cancel form, where the address's #cancel scrolls to, not at the top out of sight.
  await expect(page.locator("#cancel").getByRole("alert")).toBeInViewport();
  await page.getByLabel("Yes, cancel this session and notify everyone").check();
  await page.getByRole("button", { name: "Cancel session" }).click();
  await expect(page.getByRole("status")).toHaveText("This session is cancelled; 1 registrant was notified.");
  await expect(page.getByRole("heading", { name: "Cancel this session" })).toHaveCount(0);
  const mail = await mailTo(email, "Cancelled: Welkom in Vlaanderen: session 2");
  expect(mail.text).toContain("this session has been cancelled");

  await page.goto("/en/staff/infosessions");
  await expect(
    page.getByRole("row").filter({ has: page.locator(`a[href="/en/staff/infosessions/${sessionId}"]`) }),
  ).toContainText("Cancelled");
});

test("attendance is saved per person for the whole session, once it has taken place", async ({
  page,
  request,
}) => {
  const sessionId = await createSession(page);
  await register(request, sessionId, "Olha Melnyk", uniqueEmail("attends"));
  await page.reload();
  const row = page
    .getByRole("table", { name: "Registrations" })
    .getByRole("row")
    .filter({ hasText: "Olha Melnyk" });
  const status = row.getByRole("cell").nth(4);
  await expect(status).toHaveText("Confirmed");

  // Before the session has started, attendance is not offered, and the page says when it will be.
  await expect(page.getByText("Attendance can be marked once the session has begun.")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Petro came" })).toHaveCount(0);

  // The session took place yesterday (its start moved there), so attendance can be recorded: per person,
  // for the whole session in one save.
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Start (Brussels time)").fill(`${yesterday}T10:00`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await row.getByRole("checkbox", { name: "Petro came" }).check();
  await page.getByRole("button", { name: "Save attendance" }).click();
  await expect(status).toHaveText("Attended");
  // The confirmation is under the registrations' heading, where the page returns to (#registrations).
  await expect(page.locator("#registrations + [role=status]")).toBeInViewport();
  await expect(row.getByRole("checkbox", { name: "Petro came" })).toBeChecked();
  await row.getByRole("checkbox", { name: "Petro came" }).uncheck();
  await page.getByRole("button", { name: "Save attendance" }).click();
  await expect(status).toHaveText("Did not attend");
  await page.getByRole("button", { name: "Everyone came: save" }).click();
  await expect(status).toHaveText("Attended");
});

test("the session list filters by series, language and region with a plain GET form", async ({ page }) => {
  await page.goto("/en/staff/infosessions");
  const filters = page.getByRole("form", { name: "Filter sessions" });
  await filters.getByRole("combobox", { name: "Language" }).selectOption("ru");
  await filters.getByRole("combobox", { name: "Region" }).selectOption("BRUSSELS");
  await filters.getByRole("button", { name: "Show sessions" }).click();
  await expect(page).toHaveURL(/language=ru&region=BRUSSELS/);
  const rows = page.getByRole("table", { name: "Info sessions" }).getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  for (const row of (await rows.all()).slice(1)) {
    await expect(row).toContainText("Russian");
    await expect(row).toContainText("Welkom in Brussel");
  }
});
