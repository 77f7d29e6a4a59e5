import { describe, expect, it } from "vitest";
import { summaryLine } from "./summary-line";

describe("summaryLine", () => {
  it("puts the label before the messages", () => {
    expect(summaryLine("Toestemming", ["Vink dit aan.", "Verplicht."])).toBe(
      "Toestemming: Vink dit aan. Verplicht.",
    );
  });

  it("drops a label's closing full stop or question mark, so no line reads '.:' or '?:'", () => {
    expect(summaryLine("Ik ga akkoord.", ["Vink dit aan."])).toBe("Ik ga akkoord: Vink dit aan.");
    expect(summaryLine("Хто буде присутній?", ["Додайте особу."])).toBe("Хто буде присутній: Додайте особу.");
    expect(summaryLine("Also register for session 2? ", ["Choose one."])).toBe(
      "Also register for session 2: Choose one.",
    );
  });
});
