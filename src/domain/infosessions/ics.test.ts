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
  it("marks a cancellation", () => {
    expect(icsOf({ ...event, cancelled: true })).toContain("METHOD:CANCEL\r\n");
  });
});
