import { describe, expect, it } from "vitest";
import { legalHelpdesk } from "../facts/helpdesk";
import { formatMinutes, isHelpdeskOpen, nextOpening } from "./opening-hours";
import { wallClock } from "../time/brussels";

const slots = legalHelpdesk.value.slots;
/** An instant given as UTC: Brussels is UTC+1 in winter and UTC+2 in summer. */
const open = (utc: string) => isHelpdeskOpen(slots, new Date(utc));

describe("isHelpdeskOpen (Brussels time)", () => {
  it("is open on a working-day morning, from 9:00 up to but not including 12:30", () => {
    expect(open("2026-11-23T07:59:00Z")).toBe(false); // Monday 08:59 (winter, UTC+1)
    expect(open("2026-11-23T08:00:00Z")).toBe(true); // Monday 09:00
    expect(open("2026-11-27T11:29:00Z")).toBe(true); // Friday 12:29
    expect(open("2026-11-27T11:30:00Z")).toBe(false); // Friday 12:30
    expect(open("2026-11-27T11:31:00Z")).toBe(false); // Friday 12:31
  });

  it("is open on Wednesday afternoon only, from 13:30 to 17:00", () => {
    expect(open("2026-11-25T12:31:00Z")).toBe(true); // Wednesday 13:31
    expect(open("2026-11-25T12:29:00Z")).toBe(false); // Wednesday 13:29
    expect(open("2026-11-25T15:59:00Z")).toBe(true); // Wednesday 16:59
    expect(open("2026-11-25T16:00:00Z")).toBe(false); // Wednesday 17:00
    expect(open("2026-11-25T11:45:00Z")).toBe(false); // Wednesday 12:45, the lunch break
    expect(open("2026-11-26T13:00:00Z")).toBe(false); // Thursday 14:00
  });

  it("is closed at the weekend", () => {
    expect(open("2026-11-28T09:00:00Z")).toBe(false); // Saturday 10:00
    expect(open("2026-11-29T09:00:00Z")).toBe(false); // Sunday 10:00
  });

  it("follows summer time: the same UTC instant is 9:00 in winter and 10:00 in summer", () => {
    expect(wallClock(new Date("2026-07-01T08:00:00Z"))).toMatchObject({ weekday: 3, minutes: 10 * 60 });
    expect(open("2026-07-01T07:00:00Z")).toBe(true); // Wednesday 09:00 (summer, UTC+2)
    expect(open("2026-07-01T06:59:00Z")).toBe(false); // Wednesday 08:59
    expect(open("2026-07-01T10:31:00Z")).toBe(false); // Wednesday 12:31
    expect(open("2026-07-01T11:30:00Z")).toBe(true); // Wednesday 13:30
  });

  it("is right on the days the clocks change (Sunday) and the Monday after", () => {
    // 29 March 2026: 02:00 becomes 03:00. The Monday after, 09:00 is 07:00 UTC.
    expect(wallClock(new Date("2026-03-29T00:59:00Z"))).toMatchObject({ weekday: 7, minutes: 1 * 60 + 59 });
    expect(wallClock(new Date("2026-03-29T01:00:00Z"))).toMatchObject({ weekday: 7, minutes: 3 * 60 });
    expect(open("2026-03-29T08:00:00Z")).toBe(false);
    expect(open("2026-03-30T07:00:00Z")).toBe(true);
    expect(open("2026-03-30T06:59:00Z")).toBe(false);
    // 25 October 2026: 03:00 becomes 02:00. The Monday after, 09:00 is 08:00 UTC again.
    expect(wallClock(new Date("2026-10-25T00:30:00Z"))).toMatchObject({ weekday: 7, minutes: 2 * 60 + 30 });
    expect(wallClock(new Date("2026-10-25T01:30:00Z"))).toMatchObject({ weekday: 7, minutes: 2 * 60 + 30 });
    expect(open("2026-10-26T07:59:00Z")).toBe(false);
    expect(open("2026-10-26T08:00:00Z")).toBe(true);
  });

  it("counts the day in Brussels, not in UTC, around midnight", () => {
    // Friday 23:30 UTC in summer is Saturday 01:30 in Brussels.
    expect(wallClock(new Date("2026-07-03T23:30:00Z"))).toMatchObject({ weekday: 6, minutes: 90 });
  });
});

describe("nextOpening", () => {
  const next = (utc: string) => nextOpening(slots, new Date(utc));

  it("is later the same day during the Wednesday lunch break and before 9:00", () => {
    expect(next("2026-11-25T11:31:00Z")).toEqual({ weekday: 3, opensAt: 13 * 60 + 30, daysAhead: 0 }); // Wednesday 12:31
    expect(next("2026-11-23T06:00:00Z")).toEqual({ weekday: 1, opensAt: 9 * 60, daysAhead: 0 }); // Monday 07:00
  });

  it("is the next working day after closing, and Monday from Friday afternoon and the weekend", () => {
    expect(next("2026-11-26T13:00:00Z")).toEqual({ weekday: 5, opensAt: 9 * 60, daysAhead: 1 }); // Thursday 14:00
    expect(next("2026-11-27T12:00:00Z")).toEqual({ weekday: 1, opensAt: 9 * 60, daysAhead: 3 }); // Friday 13:00
    expect(next("2026-11-29T09:00:00Z")).toEqual({ weekday: 1, opensAt: 9 * 60, daysAhead: 1 }); // Sunday 10:00
  });

  it("is undefined when there are no hours at all", () => {
    expect(nextOpening([], new Date("2026-11-25T12:00:00Z"))).toBeUndefined();
  });
});

describe("formatMinutes", () => {
  it("writes hours and minutes with two digits", () => {
    expect(formatMinutes(9 * 60)).toBe("09:00");
    expect(formatMinutes(13 * 60 + 30)).toBe("13:30");
  });
});
