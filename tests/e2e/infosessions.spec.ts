import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { readMailDir, type ParsedMail } from "../support/eml";

type ApiSession = {
  id: string;
  series: string;
  language: string;
  region: string;
  seatsLeft: number;
  capacity: number;
};

const mailDir = () => {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: run e2e through `npm test -- e2e`.");
  return dir;
};

/** Waits for the outbox worker to deliver a mail to `address` matching `predicate`. */
async function mailTo(
  address: string,
  predicate: (mail: ParsedMail) => boolean = () => true,
): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      () => (found = readMailDir(mailDir()).find((mail) => mail.to.includes(address) && predicate(mail))),
      { timeout: 20_000 },
    )
    .toBeTruthy();
  return found!;
}

async function sessions(request: APIRequestContext, query: string): Promise<ApiSession[]> {
  const response = await request.get(`/api/v1/infosessions?${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { sessions: ApiSession[] }).sessions;
}

const uniqueEmail = (label: string) => `${label}.${randomUUID().slice(0, 8)}@example.test`;

async function fillFamily(page: Page, email: string, withJs: boolean) {
  await page.getByLabel("Full name").fill("Oksana Kovalenko");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Language of our e-mails").selectOption("uk");
  await page.locator("#attendee-0-firstName").fill("Oksana");
  await page.locator("#attendee-0-birthYear").fill("1986");
  for (const [index, [name, year]] of [
    ["Marta", "2012"],
    ["Ivan", "2016"],
  ].entries()) {
    await page.getByRole("button", { name: "Add a person" }).click();
    const firstName = page.locator(`#attendee-${index + 1}-firstName`);
    await expect(firstName).toBeVisible();
    if (withJs) await expect(firstName).toBeFocused();
    await firstName.fill(name!);
    await page.locator(`#attendee-${index + 1}-birthYear`).fill(year!);
  }
  // Values typed before each "add a person" round trip are still there.
  await expect(page.getByLabel("Full name")).toHaveValue("Oksana Kovalenko");
  await expect(page.locator("#attendee-0-firstName")).toHaveValue("Oksana");
  await page.getByLabel(/I agree that/).check();
}

async function expectConfirmationMail(email: string, seats: number) {
  const mail = await mailTo(email);
  expect(mail.subject).toContain("Ви зареєстровані");
  expect(mail.text).toContain(`${seats} особи`);
  expect(mail.text).toMatch(/\/uk\/infosessions\/manage\/[A-Za-z0-9_-]{43}/);
  expect(mail.text).toContain("https://meet.welkom.demo/");
  const ics = mail.attachments.find((attachment) => attachment.filename.endsWith(".ics"));
  expect(ics?.content).toContain("BEGIN:VEVENT");
}

test.describe("infosession catalogue", () => {
  test.use({ javaScriptEnabled: false });

  test("filters by language and region with a plain GET form", async ({ page }) => {
    await page.goto("/en/infosessions");
    await page.getByRole("combobox", { name: "Language" }).selectOption("ru");
    await page.getByRole("combobox", { name: "Region" }).selectOption("BRUSSELS");
    await page.getByRole("button", { name: "Show sessions" }).click();
    await expect(page).toHaveURL(/language=ru/);
    const cards = page.getByTestId("infosession");
    await expect(cards.first()).toBeVisible();
    for (const card of await cards.all()) {
      await expect(card).toContainText("Русский");
      await expect(card).toContainText("Welkom in Brussel");
      await expect(card).toContainText("Brussels time");
    }
    await expect(page.locator("main")).not.toContainText("meet.welkom.demo");
  });

  test("opens in the page's language with session 1 first, and shows all languages on request", async ({
    page,
  }) => {
    await page.goto("/uk/infosessions");
    await expect(page.getByRole("combobox", { name: "Мова" })).toHaveValue("uk");
    await expect(page.getByText("Почніть із зустрічі 1")).toBeVisible();
    const cards = page.getByTestId("infosession");
    await expect(cards.first()).toContainText("зустріч 1");
    for (const card of await cards.all()) await expect(card).toContainText("Українська");

    await page.getByRole("link", { name: "Показати зустрічі всіма мовами" }).click();
    await expect(page.getByRole("combobox", { name: "Мова" })).toHaveValue("");
    await expect(cards.filter({ hasText: "Русский" }).first()).toBeVisible();
  });
});

test.describe("registering a family of three", () => {
  test("without JavaScript", async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
    const page = await context.newPage();
    const [session] = await sessions(request, "series=SERIES_1&language=uk&region=FLANDERS");
    await page.goto(`/en/infosessions/${session!.id}/register`);
    const email = uniqueEmail("nojs");
    await fillFamily(page, email, false);
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your registration");
    await expect(page).toHaveTitle(/^Your registration · /);
    await expect(page.getByTestId("registration-status")).toHaveText("Confirmed");
    await expect(page.locator("main")).toContainText("Oksana, Marta, Ivan");
    await expect(page.getByRole("link", { name: "Join the online session" })).toHaveAttribute(
      "href",
      /meet\.welkom\.demo/,
    );
    await expectConfirmationMail(email, 3);
    await context.close();
  });

  test("with JavaScript, booking session 2 in the same step", async ({ page, request }) => {
    const [session] = await sessions(request, "series=SERIES_1&language=uk&region=BRUSSELS");
    await page.goto(`/en/infosessions/${session!.id}/register`);
    const email = uniqueEmail("js");
    await fillFamily(page, email, true);
    await page.getByRole("group", { name: "Also register for session 2?" }).getByRole("radio").nth(1).check();
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await expect(page.getByTestId("registration-status")).toHaveText("Confirmed");
    await expectConfirmationMail(email, 3);
    // Two confirmations: session 1 and session 2.
    await expect
      .poll(() => readMailDir(mailDir()).filter((mail) => mail.to.includes(email)).length, {
        timeout: 20_000,
      })
      .toBe(2);
  });
});

test("validation errors keep what was typed, without JavaScript", async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const [session] = await sessions(request, "series=SERIES_2&language=ru");
  await page.goto(`/uk/infosessions/${session!.id}/register`);
  await page.locator("#field-contact-name").fill("Олена Шевченко");
  await page.locator("#field-contact-email").fill("not-an-address");
  await page.locator("#attendee-0-firstName").fill("Олена");
  await page.locator("#attendee-0-birthYear").fill("abcd");
  await page.getByRole("button", { name: "Зареєструватися", exact: true }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("Це неправильна адреса електронної пошти");
  // The unticked consent is named briefly, not by its whole sentence, and no label ends in ".:" or "?:".
  await expect(summary.locator("a[href='#field-consent']")).toHaveText(/^Згода: /);
  await expect(summary).not.toContainText("Я погоджуюся");
  expect(await summary.textContent()).not.toMatch(/[.?]:/);
  await expect(page.locator("#field-contact-name")).toHaveValue("Олена Шевченко");
  await expect(page.locator("#field-contact-email")).toHaveValue("not-an-address");
  await expect(page.locator("#field-contact-email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#attendee-0-firstName")).toHaveValue("Олена");
  await expect(page.locator("#attendee-0-birthYear")).toHaveValue("abcd");
  await context.close();
});

test("cancelling through the manage link moves the waiting list up, and the promoted registrant is told", async ({
  page,
  request,
}) => {
  const followUps = await sessions(request, "series=FOLLOW_UP&language=uk");
  const session = followUps[followUps.length - 1]!;
  const register = async (people: number, email: string, locale: string) => {
    const response = await request.post("/api/v1/registrations", {
      data: {
        sessionId: session.id,
        contact: { name: "Test Family", email },
        locale,
        attendees: Array.from({ length: people }, (_, i) => ({ firstName: `P${i}`, birthYear: 1990 })),
        consent: true,
      },
    });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { registration: { status: string; manageUrl: string } }).registration;
  };
  await register(session.seatsLeft - 3, uniqueEmail("big"), "nl");
  const leaving = await register(3, uniqueEmail("leaving"), "en");
  const waitingEmail = uniqueEmail("waiting");
  const waiting = await register(2, waitingEmail, "ru");
  expect([leaving.status, waiting.status]).toEqual(["confirmed", "waitlisted"]);

  await page.goto(new URL(leaving.manageUrl).pathname.replace(/^\/en\//, "/en/"));
  await page.getByLabel("Yes, cancel my registration").check();
  await page.getByRole("button", { name: "Cancel registration" }).click();
  await expect(page.getByRole("status")).toHaveText("Your registration has been cancelled.");
  await expect(page.getByTestId("registration-status")).toHaveText("Cancelled");

  await page.goto(new URL(waiting.manageUrl).pathname);
  await expect(page.getByTestId("registration-status")).toHaveText("Подтверждена");
  const promoted = await mailTo(waitingEmail, (mail) => mail.subject.includes("Освободилось место"));
  expect(promoted.text).toContain("https://meet.welkom.demo/");
});

test("one person of a family cancels without JavaScript; the others keep their places", async ({
  browser,
  request,
}) => {
  const upcoming = await sessions(request, "series=FOLLOW_UP&language=uk");
  const response = await request.post("/api/v1/registrations", {
    data: {
      sessionId: upcoming[upcoming.length - 1]!.id,
      contact: { name: "Test Family", email: uniqueEmail("one") },
      locale: "uk",
      attendees: [
        { firstName: "Iryna", birthYear: 1985 },
        { firstName: "Bohdan", birthYear: 2012 },
      ],
      consent: true,
    },
  });
  expect(response.status()).toBe(201);
  const { registration } = (await response.json()) as { registration: { manageUrl: string } };

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL(registration.manageUrl).pathname);
  // Confirmed or waitlisted (the other tests fill this session too): cancelling one person keeps it so.
  const statusBefore = await page.getByTestId("registration-status").textContent();
  // Nothing chosen: asked again, nobody cancelled.
  await page.getByRole("button", { name: "Скасувати для однієї людини" }).click();
  // Said at that form, where the address's #cancel-one scrolls to, not at the top out of sight.
  const refusal = page.locator("#cancel-one").getByRole("alert");
  await expect(refusal).toContainText("Виберіть, хто не може прийти");
  await expect(refusal).toBeInViewport();
  await page.getByRole("group", { name: "Хто не може прийти?" }).getByLabel("Bohdan").check();
  await page.getByLabel("Так, скасувати для цієї людини").check();
  await page.getByRole("button", { name: "Скасувати для однієї людини" }).click();
  await expect(page.getByRole("status")).toContainText("Інші зберігають свої місця.");
  await expect(page.getByTestId("registration-status")).toHaveText(statusBefore!);
  await expect(page.locator("main")).toContainText("Iryna");
  await expect(page.locator("main")).not.toContainText("Bohdan");
  // One person left: the one-person form gives way to cancelling the whole registration.
  await expect(page.getByRole("button", { name: "Скасувати для однієї людини" })).toHaveCount(0);
  await context.close();
});
