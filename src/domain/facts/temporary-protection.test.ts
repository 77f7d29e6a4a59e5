import { describe, expect, it } from "vitest";
import { currentEndDate, endDateHistory } from "./temporary-protection";

describe("temporary protection end date", () => {
  it("is 4 March 2028, set by Council Implementing Decision (EU) 2026/1912", () => {
    expect(currentEndDate()).toBe("2028-03-04");
    expect(endDateHistory.value.at(-1)?.act).toBe("2026/1912");
  });

  it("has a history in date order, each decision moving the end date later", () => {
    const history = endDateHistory.value;
    for (let i = 1; i < history.length; i++) {
      expect(history[i]!.actOn > history[i - 1]!.actOn).toBe(true);
      expect(history[i]!.endsOn > history[i - 1]!.endsOn).toBe(true);
    }
  });

  it("keeps a political agreement apart from, and before, its formal act", () => {
    const extension2025 = endDateHistory.value.find((change) => change.act === "2025/1460");
    expect(extension2025).toMatchObject({
      politicalAgreementOn: "2025-06-13",
      actOn: "2025-07-15",
      endsOn: "2027-03-04",
    });
    for (const change of endDateHistory.value) {
      if (change.politicalAgreementOn) expect(change.politicalAgreementOn < change.actOn).toBe(true);
    }
  });

  it("refuses an empty history rather than showing no date", () => {
    expect(() => currentEndDate([])).toThrow();
  });
});
