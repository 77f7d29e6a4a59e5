import { describe, expect, it } from "vitest";
import { ageOn, takesSeatOn } from "./age";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("age on a day", () => {
  it("counts whole years, the birthday itself included", () => {
    expect(ageOn(day("2008-12-10"), day("2026-12-09"))).toBe(17);
    expect(ageOn(day("2008-12-10"), day("2026-12-10"))).toBe(18);
    expect(ageOn(day("2008-02-29"), day("2026-03-01"))).toBe(18);
  });

  it("gives adults and people without a birth date an infosession seat, not children", () => {
    const seat = takesSeatOn(day("2026-12-10"));
    expect(seat({ birthDate: day("1990-01-01") })).toBe(true);
    expect(seat({ birthDate: null })).toBe(true);
    expect(seat({ birthDate: day("2019-05-01") })).toBe(false);
  });
});
