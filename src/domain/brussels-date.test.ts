import { describe, expect, it } from "vitest";
import { brusselsDate } from "./brussels-date";

describe("brusselsDate", () => {
  it("gives the Brussels calendar date, which is a day ahead of UTC just before midnight UTC", () => {
    expect(brusselsDate(new Date("2026-11-26T12:00:00Z"))).toBe("2026-11-26");
    expect(brusselsDate(new Date("2026-11-26T23:30:00Z"))).toBe("2026-11-27");
    expect(brusselsDate(new Date("2026-07-01T22:30:00Z"))).toBe("2026-07-02");
  });
});
