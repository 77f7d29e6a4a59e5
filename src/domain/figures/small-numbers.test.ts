import { describe, expect, it } from "vitest";
import { shownShare, suppressCounts, suppressSmall } from "./small-numbers";

describe("small-number suppression", () => {
  it("hides 1 to 4 and shows 0 and 5 and up", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 1000].map(suppressSmall)).toEqual([
      0,
      "< 5",
      "< 5",
      "< 5",
      "< 5",
      5,
      6,
      1000,
    ]);
  });

  it("gives no share when either count is hidden or the whole is zero", () => {
    expect(shownShare(suppressSmall(3), 40)).toBeNull();
    expect(shownShare(10, suppressSmall(4))).toBeNull();
    expect(shownShare(0, 0)).toBeNull();
    expect(shownShare(10, 40)).toBe(0.25);
  });

  it("suppresses the named counts of a record only", () => {
    expect(suppressCounts({ month: "2026-01", persons: 3, intakes: 12 }, ["persons", "intakes"])).toEqual({
      month: "2026-01",
      persons: "< 5",
      intakes: 12,
    });
  });
});
