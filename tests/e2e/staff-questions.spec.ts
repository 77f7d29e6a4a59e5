import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { staffState, type DemoStaff } from "./support/staff";

// A question to AgII from an OCMW in Leuven, answered by the legal service, published for everyone
// after a second adviser's approval, and found by a municipality officer in Gent.

async function signedIn(browser: Browser, who: DemoStaff): Promise<Page> {
  const context = await browser.newContext({ storageState: staffState(who) });
  return context.newPage();
}

/** Letters only: digits in a question could look like a phone number to the personal-data check. */
const uniqueWord = () =>
  Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

test("an OCMW social worker in Leuven asks, the legal adviser answers, a second adviser approves, Gent finds it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const word = uniqueWord();
  const title = `Family reunification with an adult child ${word}`;
  const body =
    "A family under temporary protection wants their adult child, who stayed behind, to join them. Which rules apply?";

  // Asking: personal data is refused with a clear message and nothing typed is lost.
  const worker = await signedIn(browser, "caseworker-leuven");
  await worker.goto("/en/staff/questions");
  await expect(worker.getByText("Ask about a situation, not about a person.")).toBeVisible();
  await worker.getByLabel("Topic").selectOption({ label: "Family reunification" });
  await worker.getByLabel("Title").fill(title);
  await worker.getByLabel("Your question").fill(`${body} Her number is 0470 12 34 56.`);
  await expect(worker.getByLabel("Municipality the question is about")).toHaveValue("24062");
  await worker.getByRole("button", { name: "Send the question" }).click();
  await expect(worker.getByRole("main").getByRole("alert")).toContainText(
    "Your question seems to contain personal data",
  );
  await expect(worker.getByRole("main").getByRole("alert")).toContainText(
    "The text contains a phone number.",
  );
  await expect(worker.getByLabel("Title")).toHaveValue(title);
  await expect(worker.getByLabel("Your question")).toHaveValue(`${body} Her number is 0470 12 34 56.`);
  await expectNoAxeViolations(worker);
  await worker.getByLabel("Your question").fill(body);
  await worker.getByRole("button", { name: "Send the question" }).click();
  await expect(worker).toHaveURL(/\/en\/staff\/questions\/[0-9a-f-]{36}\?done=asked$/);
  await expect(worker.getByRole("status")).toContainText("Your question has been sent.");
  const questionPath = new URL(worker.url()).pathname;

  // The legal adviser finds it in the queue, takes it and answers.
  const adviser = await signedIn(browser, "adviser");
  await adviser.goto("/en/staff/questions");
  await adviser.getByRole("link", { name: title }).click();
  await expect(adviser.locator("h1")).toHaveText(title);
  await expect(adviser.getByText("Leuven (Flemish Brabant)")).toBeVisible();
  await expectNoAxeViolations(adviser);
  await adviser.getByRole("button", { name: "Take the question" }).click();
  await expect(adviser.getByText("Status: Being handled")).toBeVisible();
  const answerForm = adviser
    .locator("form")
    .filter({ has: adviser.getByRole("button", { name: "Send the answer" }) });
  await answerForm
    .getByLabel("Message")
    .fill(
      "An adult child does not fall under ordinary family reunification, but can apply for temporary protection of their own.",
    );
  await answerForm.getByRole("button", { name: "Send the answer" }).click();
  await expect(adviser.getByText("Status: Answered")).toBeVisible();

  // The adviser proposes it for everyone, rewritten without the municipality.
  await adviser.getByLabel("Title", { exact: true }).fill(`Adult child joining a family ${word}`);
  await adviser
    .getByLabel("Question", { exact: true })
    .fill("Can a family under temporary protection have an adult child join them?");
  await adviser
    .getByLabel("Answer", { exact: true })
    .fill(
      "Ordinary family reunification does not cover adult children; the child applies for temporary protection in their own name.",
    );
  await adviser.getByRole("button", { name: "Propose" }).click();
  await expect(adviser.getByRole("status")).toContainText("A second adviser still has to approve it.");

  // The asker sees the answer in the thread.
  await worker.goto(questionPath);
  await expect(
    worker.getByText("An adult child does not fall under ordinary family reunification"),
  ).toBeVisible();

  // Not yet published: Gent does not find it.
  const gent = await signedIn(browser, "municipality");
  await gent.goto(`/en/staff/answers?q=${word}`);
  await expect(gent.getByText("No answers found.").first()).toBeVisible();

  // A second adviser approves it.
  const second = await signedIn(browser, "adviser-2");
  await second.goto("/en/staff/answers");
  const proposal = second.getByRole("listitem").filter({ hasText: `Adult child joining a family ${word}` });
  await expectNoAxeViolations(second);
  await proposal.getByRole("button", { name: "Approve and publish" }).click();
  // Published: it leaves the proposals (h3) and joins the answers for everyone (h2).
  await expect(
    second.getByRole("heading", { level: 2, name: `Adult child joining a family ${word}` }),
  ).toBeVisible();
  await expect(
    second.getByRole("heading", { level: 3, name: `Adult child joining a family ${word}` }),
  ).toHaveCount(0);

  // The municipality officer in Gent finds it by search, with its review date.
  await gent.goto("/en/staff/answers");
  await gent.getByLabel("Search term").fill(`adult children ${word}`);
  await gent.getByLabel("Topic").selectOption({ label: "Family reunification" });
  await gent.getByRole("button", { name: "Search" }).click();
  await expect(gent.getByRole("heading", { name: `Adult child joining a family ${word}` })).toBeVisible();
  await expect(gent.getByText(/Last reviewed on/)).toBeVisible();
  await expectNoAxeViolations(gent);
});

test("asking works without JavaScript, and 'look for similar answers' keeps what was typed", async ({
  browser,
}) => {
  const context = await browser.newContext({
    storageState: staffState("municipality"),
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto("/en/staff/questions");
  await page.getByLabel("Title").fill("Housing deposit for a family");
  await page
    .getByLabel("Your question")
    .fill("How can a family pay the rental deposit when they just arrived?");
  await page.getByRole("button", { name: "Look for similar answers" }).click();
  await expect(page.getByRole("heading", { name: "These answers look like your question" })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Housing deposit for a family");
  await expect(page.getByLabel("Your question")).toHaveValue(
    "How can a family pay the rental deposit when they just arrived?",
  );
  await context.close();
});
