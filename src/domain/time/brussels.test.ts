import { describe, expect, it } from "vitest";
import { brusselsDate, fromBrusselsLocal } from "./brussels";

describe("Brussels time", () => {
  it("gives the Brussels calendar date, which runs ahead of UTC late in the evening", () => {
    expect(brusselsDate(new Date("2026-11-26T23:30:00Z"))).toBe("2026-11-27");
    expect(brusselsDate(new Date("2026-11-26T10:00:00Z"))).toBe("2026-11-26");
  });

  it("reads a wall-clock time in winter and in summer", () => {
    expect(fromBrusselsLocal("2026-12-03T10:30").toISOString()).toBe("2026-12-03T09:30:00.000Z");
    expect(fromBrusselsLocal("2026-07-03T10:30").toISOString()).toBe("2026-07-03T08:30:00.000Z");
  });
});
