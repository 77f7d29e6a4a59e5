import { randomInt, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { toBrusselsLocal } from "../../src/domain/time/brussels";
import { readMailDir } from "../support/eml";
import { recordPerson, startIntake, uniqueSurname } from "./support/cases";
import { demoAccount, staffState } from "./support/staff";

// Issue 18 item 1: a family that gives only a phone number is reached by link and by SMS (to the
// real SMPP server scripts/test.ts starts), whether they register themselves or a caseworker books
// for them; a cancelled session lists whom no message reached, to phone.

// Each test walks several screens and waits for two outboxes: three times the usual time limit.
test.slow();

type Sms = { to: string; from: string; text: string };

/** Waits for the SMS outbox to deliver an SMS to `number` (international digits) containing `part`. */
async function smsTo(number: string, part: string): Promise<Sms> {
  const dir = process.env.E2E_SMS_DIR;
  if (!dir) throw new Error("E2E_SMS_DIR is not set: run e2e through `npm test -- e2e`.");
  let found: Sms | undefined;
  await expect
    .poll(
      () =>
        (found = readdirSync(dir)
          .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Sms)
          .find((sms) => sms.to === number && sms.text.includes(part))),
      { timeout: 20_000 },
    )
    .toBeTruthy();
  return found!;
}

/** A Belgian mobile number nobody else in the run uses, as typed and as the gateway gets it. */
function aMobileNumber() {
  const digits = String(randomInt(0, 10_000_000)).padStart(7, "0");
  return {
    typed: `047${digits.slice(0, 1)} ${digits.slice(1, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`,
    sms: `3247${digits}`,
  };
}

/** An administrator plans a Ukrainian session starting in a few hours (so every picker lists it) and returns its id. */
async function planSession(browser: Browser): Promise<{ id: string; meetingUrl: string }> {
  const context = await browser.newContext({ storageState: staffState("admin") });
  const page = await context.newPage();
  const meetingUrl = `https://meet.welkom.demo/reach-${randomUUID().slice(0, 8)}`;
  await page.goto("/en/staff/infosessions/new");
  await page.getByRole("combobox", { name: "Series", exact: true }).selectOption("SERIES_1");
  await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("uk");
  await page.getByRole("combobox", { name: "Region", exact: true }).selectOption("FLANDERS");
  const startsAt = new Date(Date.now() + (3 * 60 + randomInt(0, 600)) * 60_000);
  await page.getByLabel("Start (Brussels time)").fill(toBrusselsLocal(startsAt));
  await page.getByLabel("Duration in minutes").fill("90");
  await page.getByLabel("Capacity (places)").fill("20");
  await page.getByLabel("Online meeting link (https)").fill(meetingUrl);
  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/infosessions\/[0-9a-f-]{36}\?done=created$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await context.close();
  return { id, meetingUrl };
}

/** Registers one person through the public Ukrainian form with a phone number only; ends on the manage page. */
async function registerByPhone(page: Page, sessionId: string, name: string, phone: string) {
  await page.goto(`/uk/infosessions/${sessionId}/register`);
  await page.locator("#field-contact-name").fill(name);
  await page.locator("#field-contact-phone").fill(phone);
  await page.locator("#attendee-0-firstName").fill(name.split(" ")[0]!);
  await page.locator("#attendee-0-birthYear").fill("1988");
  await page.locator("#field-consent").check();
  await page.getByRole("button", { name: "Зареєструватися", exact: true }).click();
  await expect(page).toHaveURL(/\/uk\/infosessions\/manage\/[A-Za-z0-9_-]{43}\?registered=1$/);
}

test("a phone-only family registering themselves keeps the link, the code and the calendar, and gets an SMS", async ({
  browser,
  page,
  request,
}) => {
  const session = await planSession(browser);
  const phone = aMobileNumber();
  await registerByPhone(page, session.id, "Iryna Koval", phone.typed);
  const managePath = new URL(page.url()).pathname;

  // No e-mail was given: the page says an SMS is coming, never that an e-mail was sent.
  const status = page.getByRole("status");
  await expect(status).toContainText("Ми також надішлемо вам SMS");
  await expect(page.locator("main")).not.toContainText("електронною поштою");
  const keep = page.getByTestId("keep-this-page");
  await expect(keep.getByRole("heading", { name: "Збережіть цю сторінку" })).toBeVisible();
  await expect(keep.getByTestId("manage-link")).toHaveAttribute("href", new RegExp(`${managePath}$`));
  await expect(keep.getByRole("img", { name: "QR-код із посиланням на цю сторінку" })).toBeVisible();
  const code = (await keep.getByTestId("short-code").textContent())!;
  expect(code).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}$/);

  // The calendar file: Brussels times, the meeting link, the manage link.
  const calendarHref = await keep.getByRole("link", { name: /файл \.ics/ }).getAttribute("href");
  const calendar = await request.get(calendarHref!);
  expect(calendar.headers()["content-type"]).toContain("text/calendar");
  const ics = (await calendar.text()).replace(/\r\n /g, "");
  expect(ics).toMatch(/DTSTART;TZID=Europe\/Brussels:\d{8}T\d{6}\r\n/);
  expect(ics).toContain(session.meetingUrl);
  expect(ics).toContain(managePath);

  // The SMS, through the real SMPP server: what happened, the meeting link and this page's link.
  const sms = await smsTo(phone.sms, managePath);
  expect(sms.text).toContain("Ви зареєстровані");
  expect(sms.text).toContain(session.meetingUrl);

  // Lost the link: the phone number and the code find the page again.
  await page.goto("/uk/infosessions/manage");
  await page.getByLabel("Електронна адреса або номер телефону").fill(phone.typed);
  await page.getByLabel("Код", { exact: true }).fill(code.toLowerCase().replace("-", " "));
  await page.getByRole("button", { name: "Знайти" }).click();
  await expect(page).toHaveURL(new RegExp(`${managePath}$`));
  await expect(page.getByTestId("registration-status")).toHaveText("Підтверджено");
});

test("a caseworker booking a phone-only family sees the links, the family gets an SMS, the caseworker a copy; cancelling lists whom to phone", async ({
  browser,
}) => {
  const session = await planSession(browser);
  const caseworker = await browser.newContext({ storageState: staffState("caseworker") });
  const page = await caseworker.newPage();
  const phone = aMobileNumber();
  const lastName = uniqueSurname("Melnyk");
  await page.goto("/en/staff/persons/new");
  await page.getByLabel("First name (Latin letters)").fill("Nataliia");
  await page.getByLabel("Last name (Latin letters)").fill(lastName);
  await page.getByLabel("Date of birth").fill("1984-02-11");
  await page.getByLabel("Phone number").fill(phone.typed);
  await page.getByRole("button", { name: "Record person" }).click();
  await expect(page).toHaveURL(/\/en\/staff\/persons\/[0-9a-f-]{36}$/);
  const personId = new URL(page.url()).pathname.split("/").pop()!;

  // A second family, with no phone and no e-mail at all: only a call can reach them.
  const unreachableId = await recordPerson(page, {
    firstName: "Anna",
    lastName: uniqueSurname("Bondar"),
    birthDate: "1990-07-01",
  });

  for (const id of [personId, unreachableId]) {
    await startIntake(page, id);
    const intakeUrl = page.url().replace(/\?.*$/, "");
    await page.goto(`${intakeUrl}?step=infosession`);
    const section = page.locator("section", {
      has: page.getByRole("heading", { name: "Register for an infosession" }),
    });
    const select = section.locator('select[name="sessionId"]');
    if ((await select.count()) > 0) await select.selectOption(session.id);
    else await section.locator(`input[name="sessionId"][value="${session.id}"]`).check();
    await section.getByLabel(/The person agrees to be registered/).check();
    await section.getByRole("button", { name: "Register", exact: true }).click();
    await expect(page.getByText(/ is registered for /)).toBeVisible();
  }

  // The person page gives the caseworker the join link and the family's own manage link.
  await page.goto(`/en/staff/persons/${personId}`);
  await expect(page.getByRole("link", { name: "Join link of the online session" })).toHaveAttribute(
    "href",
    session.meetingUrl,
  );
  const manageHref = (await page.getByTestId("registration-manage-link").getAttribute("href"))!;
  const managePath = new URL(manageHref).pathname;
  expect(managePath).toMatch(/^\/uk\/infosessions\/manage\/[A-Za-z0-9_-]{43}$/);

  // The family: an SMS in Ukrainian with that same link. The caseworker: a copy, in English.
  const sms = await smsTo(phone.sms, managePath);
  expect(sms.text).toContain("Ви зареєстровані");
  const caseworkerEmail = demoAccount("caseworker").email;
  const mailDir = process.env.E2E_MAIL_DIR!;
  await expect
    .poll(
      () =>
        readMailDir(mailDir).find(
          (mail) =>
            mail.to.includes(caseworkerEmail) && mail.text.includes(`you registered Nataliia ${lastName}`),
        )?.subject ?? "",
      { timeout: 20_000 },
    )
    .toContain("You are registered");

  // The family's link works without an account.
  const family = await browser.newContext();
  const familyPage = await family.newPage();
  await familyPage.goto(managePath);
  await expect(familyPage.getByTestId("registration-status")).toHaveText("Підтверджено");
  await family.close();
  await caseworker.close();

  // The administrator cancels: the SMS family is told; the family without phone or e-mail is on the call list.
  const admin = await browser.newContext({ storageState: staffState("admin") });
  const adminPage = await admin.newPage();
  await adminPage.goto(`/en/staff/infosessions/${session.id}`);
  await adminPage.getByLabel("Yes, cancel this session and notify everyone").check();
  await adminPage.getByRole("button", { name: "Cancel session" }).click();
  await expect(adminPage.getByRole("status")).toContainText("1 registration could not be reached");
  await smsTo(phone.sms, "Скасовано");
  const callList = adminPage.locator("#call-list");
  // Until the SMS is marked sent it is listed as on its way; then only the family nobody reached is left.
  await expect(async () => {
    await adminPage.reload();
    await expect(callList.getByRole("row")).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(callList).toContainText("Anna");
  await expect(callList).toContainText("No e-mail address and no mobile number");
  await expect(callList).not.toContainText("Nataliia");
  await admin.close();
});
