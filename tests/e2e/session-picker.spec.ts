import { randomUUID } from "node:crypto";
import { expect, test, type Locator } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { fillPersonForm, startIntake, uniqueSurname } from "./support/cases";
import { staffState } from "./support/staff";

// Session pickers name a session as the catalogue does (title with its region, Brussels time,
// language, places) and put the person's own region first: the demo catalogue has a Ukrainian
// session 1 in Flanders and one in Brussels at the same hour every Tuesday, which used to read the same.

const groupLabels = (select: Locator) =>
  select.locator("optgroup").evaluateAll((groups) => groups.map((group) => group.getAttribute("label")));
const optionsOf = (select: Locator, group: number) =>
  select.locator("optgroup").nth(group).locator("option").allTextContents();

test.describe("a caseworker books a family from Gent", () => {
  test.use({ storageState: staffState("caseworker") });

  test("is offered Flemish sessions first, told the region, and told what was booked for whom", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const person = { firstName: "Nataliia", lastName: uniqueSurname("Melnyk"), birthDate: "1987-02-11" };
    await page.goto("/en/staff/persons/new");
    await fillPersonForm(page, person);
    await page.getByLabel("Municipality").selectOption("44021");
    await page.getByRole("button", { name: "Record person" }).click();
    await expect(page).toHaveURL(/\/en\/staff\/persons\/[0-9a-f-]{36}$/);
    const personId = new URL(page.url()).pathname.split("/").pop()!;
    const intakeId = await startIntake(page, personId);
    await page.goto(`/en/staff/intakes/${intakeId}?step=infosession`);

    const picker = page.getByRole("combobox", { name: "Session" });
    await expect(picker).toHaveAccessibleDescription(
      "Gent is in Flanders: the ‘Welkom in Vlaanderen’ sessions come first.",
    );
    await expect(picker).toHaveValue("");
    expect(await groupLabels(picker)).toEqual(["Flanders (the region of Gent)", "Brussels"]);
    const flemish = await optionsOf(picker, 0);
    expect(flemish.length).toBeGreaterThan(0);
    for (const label of flemish) expect(label).toMatch(/^Welkom in Vlaanderen: .+ – .+ – .+ – .+/);
    expect(
      flemish.some((label) =>
        /^Welkom in Vlaanderen: session 1 – Tue, .+ – Ukrainian – \d+ places? left$/.test(label),
      ),
    ).toBe(true);
    for (const label of await optionsOf(picker, 1)) expect(label).toMatch(/^Welkom in Brussel: /);
    await expectNoAxeViolations(page);

    // The latest one: reachability.spec.ts plans and cancels Ukrainian sessions a few hours ahead meanwhile.
    const choice = [...flemish]
      .reverse()
      .find((label) => label.includes("session 1") && label.includes("Ukrainian"))!;
    await picker.selectOption({ label: choice });
    await page
      .getByRole("checkbox", {
        name: "The person agrees to be registered and to be contacted about the session.",
      })
      .check();
    await page.getByRole("button", { name: "Register", exact: true }).click();
    const session = choice.replace(/ – [^–]+$/, "");
    await expect(page.getByRole("status").filter({ hasText: "registered for" })).toHaveText(
      `${person.firstName} is registered for ${session}.`,
    );

    // The intake's answers list the booking, named the same way.
    await page.goto(`/en/staff/intakes/${intakeId}?step=check`);
    await expect(page.getByTestId("intake-summary")).toContainText(`${session} (Confirmed)`);

    // The person's page names the session the same way, region included.
    await page.goto(`/en/staff/persons/${personId}`);
    await expect(page.getByRole("listitem").filter({ hasText: session })).toContainText("(Confirmed)");
  });
});

test("moving a public registration: nothing is chosen, and the booked session's region comes first", async ({
  browser,
  page,
  request,
}) => {
  const catalogue = await request.get("/api/v1/infosessions?series=SERIES_1&language=uk&region=FLANDERS");
  const { sessions } = (await catalogue.json()) as { sessions: { id: string; startsAt: string }[] };
  // reachability.spec.ts plans (and then cancels) sessions in this same filter a few hours ahead, in
  // parallel with this test: booking or moving to one of those fails when it is cancelled meanwhile.
  const [booked, target] = sessions.filter(
    (session) => Date.parse(session.startsAt) > Date.now() + 24 * 60 * 60_000,
  );
  const response = await request.post("/api/v1/registrations", {
    data: {
      sessionId: booked!.id,
      contact: { name: "Oksana Test", email: `move.${randomUUID().slice(0, 8)}@example.test` },
      locale: "en",
      attendees: [{ firstName: "Oksana", birthYear: 1986 }],
      consent: true,
    },
  });
  expect(response.status()).toBe(201);
  const { registration } = (await response.json()) as { registration: { manageUrl: string } };

  await page.goto(new URL(registration.manageUrl).pathname);
  const picker = page.getByRole("combobox", { name: "Other session" });
  await expect(picker).toHaveValue("");
  expect(await groupLabels(picker)).toEqual(["Flanders", "Brussels"]);
  const flemish = await optionsOf(picker, 0);
  for (const label of flemish) expect(label).toMatch(/^Welkom in Vlaanderen: session 1 – .+ – Ukrainian – /);
  for (const label of await optionsOf(picker, 1)) expect(label).toMatch(/^Welkom in Brussel: session 1 – /);
  await expectNoAxeViolations(page);

  // Without JavaScript the picker is the same plain select, starting on "choose a session".
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto(new URL(registration.manageUrl).pathname);
  const plain = noScript.getByRole("combobox", { name: "Other session" });
  await expect(plain).toHaveValue("");
  expect(await groupLabels(plain)).toEqual(["Flanders", "Brussels"]);
  await context.close();

  await picker.selectOption(target!.id);
  await page.getByRole("button", { name: "Move my registration" }).click();
  await expect(page.getByText("Your registration has been moved.")).toBeVisible();
});
