import { describe, expect, it } from "vitest";
import { interpretingCostNotice, interpretingForUkraine } from "./ukraine-offer";

describe("interpretingCostNotice", () => {
  it("words the 2022 'free' as unconfirmed while its confidence is low", () => {
    expect(interpretingForUkraine.confidence).toBe("low");
    expect(interpretingCostNotice(interpretingForUkraine)).toBe("freeUnconfirmed");
  });

  it("says 'free for now' only once the fact is confirmed", () => {
    expect(interpretingCostNotice({ ...interpretingForUkraine, confidence: "high" })).toBe("free");
    expect(interpretingCostNotice({ ...interpretingForUkraine, confidence: "medium" })).toBe("free");
  });

  it("sends readers to ask when the fact says it is not free", () => {
    for (const confidence of ["low", "high"] as const) {
      expect(
        interpretingCostNotice({ ...interpretingForUkraine, value: { freeOfCharge: false }, confidence }),
      ).toBe("askService");
    }
  });
});
