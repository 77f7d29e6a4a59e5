import { describe, expect, it } from "vitest";
import { calendarDate } from "./iso-date";

const inZone = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short" }).format(date);

describe("calendarDate", () => {
  it("is the same calendar day in Brussels, summer and winter, and far west and east", () => {
    for (const iso of ["2027-03-04", "2025-06-13", "2024-12-31", "2024-02-29"]) {
      for (const zone of ["Europe/Brussels", "America/Los_Angeles", "Asia/Tokyo", "UTC"]) {
        expect(inZone(calendarDate(iso), zone)).toBe(iso);
      }
    }
  });

  it("refuses what is not an ISO calendar date", () => {
    for (const bad of ["4 March 2027", "2027-3-4", "2027-02-30", "2023-02-29", ""]) {
      expect(() => calendarDate(bad), bad).toThrow();
    }
  });
});
