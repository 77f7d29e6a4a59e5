import { describe, expect, it } from "vitest";
import { icsOf } from "./ics";

describe("icsOf", () => {
  const event = {
    uid: "r1@welkom",
    stamp: new Date("2030-01-01T00:00:00Z"),
    startsAt: new Date("2030-01-08T09:00:00Z"),
    endsAt: new Date("2030-01-08T11:00:00Z"),
    summary: "Welkom in Vlaanderen: сесія 1, з питаннями; і відповідями",
    description:
      "Приєднатися онлайн: https://meet.example.test/a-very-long-path-that-needs-folding-over-several-lines",
  };
  it("writes UTC times, escapes text and folds lines at 75 octets without splitting characters", () => {
    const ics = icsOf(event);
    expect(ics).toContain("DTSTART:20300108T090000Z\r\n");
    expect(ics).toContain("\\, з питаннями\\; і");
    for (const line of ics.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, "")).toContain(event.description);
  });
  it("writes Brussels wall-clock times with the time zone they are in, winter and summer", () => {
    const winter = icsOf({ ...event, brusselsTime: true });
    expect(winter).toContain("DTSTART;TZID=Europe/Brussels:20300108T100000\r\n");
    expect(winter).toContain("DTEND;TZID=Europe/Brussels:20300108T120000\r\n");
    expect(winter).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels\r\n");
    const summer = icsOf({
      ...event,
      brusselsTime: true,
      startsAt: new Date("2030-06-04T08:00:00Z"),
      endsAt: new Date("2030-06-04T10:00:00Z"),
    });
    expect(summer).toContain("DTSTART;TZID=Europe/Brussels:20300604T100000\r\n");
    expect(winter.indexOf("END:VTIMEZONE")).toBeLessThan(winter.indexOf("BEGIN:VEVENT"));
  });
  it("escapes backslashes and newlines in text", () => {
    const ics = icsOf({ ...event, description: "a\\b\nc" });
    expect(ics).toContain("DESCRIPTION:a\\\\b\\nc\r\n");
  });
  it("marks a cancellation", () => {
    expect(icsOf({ ...event, cancelled: true })).toContain("METHOD:CANCEL\r\n");
  });
});
