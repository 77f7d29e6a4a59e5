import { describe, expect, it } from "vitest";
import { brusselsDayStart } from "./brussels-day";

describe("brusselsDayStart", () => {
  it("is 23:00 UTC the evening before in winter and 22:00 UTC in summer", () => {
    expect(brusselsDayStart("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(brusselsDayStart("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
  });

  it("adds whole days for an inclusive end date", () => {
    expect(brusselsDayStart("2026-01-31", 1).toISOString()).toBe("2026-01-31T23:00:00.000Z");
  });
});
