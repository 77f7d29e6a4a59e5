import { describe, expect, it } from "vitest";
import { isWorkingDay, workingDaysDeadline } from "./working-days";

describe("working days in Belgium", () => {
  it("skip weekends and Belgian public holidays from the maintained library", () => {
    expect(isWorkingDay("2026-12-25")).toBe(false); // Christmas
    expect(isWorkingDay("2026-04-06")).toBe(false); // Easter Monday
    expect(isWorkingDay("2026-07-21")).toBe(false); // national day
    expect(isWorkingDay("2026-12-26")).toBe(false); // a Saturday
    expect(isWorkingDay("2026-12-28")).toBe(true);
  });

  it("count from the day after asking, in Brussels time, and end at midnight", () => {
    // Friday 11 December 2026 at 23:30 in Brussels is still Friday: due at the end of Tuesday.
    expect(workingDaysDeadline(new Date("2026-12-11T22:30:00Z"), 2).toISOString()).toBe(
      "2026-12-15T23:00:00.000Z",
    );
    // Friday 27 March 2026 (clocks change on Sunday): due at the end of Tuesday 31 March, summer time.
    expect(workingDaysDeadline(new Date("2026-03-27T10:00:00Z"), 2).toISOString()).toBe(
      "2026-03-31T22:00:00.000Z",
    );
  });
});
