import { describe, expect, it } from "vitest";
import {
  brusselsDate,
  brusselsDayStart,
  fromBrusselsLocal,
  offsetMinutes,
  toBrusselsLocal,
  wallClock,
} from "./brussels";

describe("Brussels time", () => {
  it("gives the Brussels calendar date, which runs ahead of UTC late in the evening", () => {
    expect(brusselsDate(new Date("2026-11-26T12:00:00Z"))).toBe("2026-11-26");
    expect(brusselsDate(new Date("2026-11-26T23:30:00Z"))).toBe("2026-11-27");
    expect(brusselsDate(new Date("2026-07-01T22:30:00Z"))).toBe("2026-07-02");
  });

  it("reads a wall-clock time in winter and in summer, and writes it back", () => {
    expect(fromBrusselsLocal("2026-12-03T10:30").toISOString()).toBe("2026-12-03T09:30:00.000Z");
    expect(fromBrusselsLocal("2026-07-03T10:30").toISOString()).toBe("2026-07-03T08:30:00.000Z");
    expect(toBrusselsLocal(new Date("2031-07-14T08:00:00Z"))).toBe("2031-07-14T10:00");
  });

  it("gives the weekday and minutes after midnight on the Brussels wall clock", () => {
    expect(wallClock(new Date("2026-11-29T23:15:00Z"))).toEqual({
      date: "2026-11-30",
      time: "00:15",
      weekday: 1,
      minutes: 15,
    });
    expect(wallClock(new Date("2026-07-05T09:00:00Z")).weekday).toBe(7);
  });

  it("starts a day at 23:00 UTC the evening before in winter, 22:00 UTC in summer, and adds whole days", () => {
    expect(brusselsDayStart("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(brusselsDayStart("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(brusselsDayStart("2026-01-31", 1).toISOString()).toBe("2026-01-31T23:00:00.000Z");
    expect(brusselsDayStart("2026-12-31", 1).toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });
});

// The clocks change on the last Sunday of March (02:00 → 03:00) and of October (03:00 → 02:00), at 01:00 UTC.
const clockChanges = [
  { year: 2026, spring: "2026-03-29", autumn: "2026-10-25" },
  { year: 2027, spring: "2027-03-28", autumn: "2027-10-31" },
  { year: 2028, spring: "2028-03-26", autumn: "2028-10-29" },
];

describe.each(clockChanges)("the clock changes of $year", ({ spring, autumn }) => {
  it("switches the offset at 01:00 UTC", () => {
    expect(offsetMinutes(new Date(`${spring}T00:59:00Z`))).toBe(60);
    expect(offsetMinutes(new Date(`${spring}T01:00:00Z`))).toBe(120);
    expect(offsetMinutes(new Date(`${autumn}T00:59:00Z`))).toBe(120);
    expect(offsetMinutes(new Date(`${autumn}T01:00:00Z`))).toBe(60);
  });

  it("starts the day of the change at local midnight, not an hour off", () => {
    expect(brusselsDayStart(spring).toISOString()).toBe(`${previousDay(spring)}T23:00:00.000Z`);
    expect(brusselsDayStart(autumn).toISOString()).toBe(`${previousDay(autumn)}T22:00:00.000Z`);
    expect(brusselsDayStart(spring, 1).toISOString()).toBe(`${spring}T22:00:00.000Z`);
    expect(brusselsDayStart(autumn, 1).toISOString()).toBe(`${autumn}T23:00:00.000Z`);
  });

  it("reads wall-clock times around the change, moving a skipped time forward", () => {
    expect(fromBrusselsLocal(`${spring}T01:30`).toISOString()).toBe(`${spring}T00:30:00.000Z`);
    expect(fromBrusselsLocal(`${spring}T02:30`).toISOString()).toBe(`${spring}T01:30:00.000Z`);
    expect(fromBrusselsLocal(`${spring}T03:30`).toISOString()).toBe(`${spring}T01:30:00.000Z`);
    expect(fromBrusselsLocal(`${autumn}T01:30`).toISOString()).toBe(`${previousDay(autumn)}T23:30:00.000Z`);
    expect(fromBrusselsLocal(`${autumn}T02:30`).toISOString()).toBe(`${autumn}T01:30:00.000Z`);
    expect(fromBrusselsLocal(`${autumn}T03:30`).toISOString()).toBe(`${autumn}T02:30:00.000Z`);
  });

  it("writes back the wall-clock time of an instant on either side of the change", () => {
    expect(toBrusselsLocal(new Date(`${spring}T00:30:00Z`))).toBe(`${spring}T01:30`);
    expect(toBrusselsLocal(new Date(`${spring}T01:30:00Z`))).toBe(`${spring}T03:30`);
    expect(toBrusselsLocal(new Date(`${autumn}T00:30:00Z`))).toBe(`${autumn}T02:30`);
    expect(toBrusselsLocal(new Date(`${autumn}T01:30:00Z`))).toBe(`${autumn}T02:30`);
  });
});

function previousDay(date: string): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10);
}
