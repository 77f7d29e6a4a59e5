import { describe, expect, it } from "vitest";
import { currentEndDate, endDateHistory } from "./temporary-protection";

describe("temporary protection end date", () => {
  it("is the end date of the latest decision", () => {
    expect(currentEndDate()).toBe("2027-03-04");
  });

  it("has a history in date order, each decision moving the end date later", () => {
    const history = endDateHistory.value;
    for (let i = 1; i < history.length; i++) {
      expect(history[i]!.decidedOn > history[i - 1]!.decidedOn).toBe(true);
      expect(history[i]!.endsOn > history[i - 1]!.endsOn).toBe(true);
    }
  });

  it("refuses an empty history rather than showing no date", () => {
    expect(() => currentEndDate([])).toThrow();
  });
});
