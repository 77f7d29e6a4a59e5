import { describe, expect, it } from "vitest";
import { brusselsDate } from "../time/brussels";
import { followUpPlanInput, interpreterStartFor } from "./follow-up-input";

const personId = "00000000-0000-4000-8000-000000000001";
const inDays = (days: number) => brusselsDate(new Date(Date.now() + days * 86_400_000));

describe("planning a follow-up", () => {
  it("takes a date, a time, a purpose and whether an interpreter is needed", () => {
    const parsed = followUpPlanInput.parse({
      personId,
      dueOn: inDays(7),
      dueTime: "14:30",
      purpose: "  Check the school enrolment  ",
      interpreterNeeded: "on",
    });
    expect(parsed).toMatchObject({
      dueTime: "14:30",
      purpose: "Check the school enrolment",
      interpreterNeeded: true,
      pastDateConfirmed: false,
    });
  });

  it("leaves the time and the purpose out when they are blank", () => {
    const parsed = followUpPlanInput.parse({ personId, dueOn: inDays(0), dueTime: "", purpose: " " });
    expect(parsed.dueTime).toBeUndefined();
    expect(parsed.purpose).toBeUndefined();
  });

  it("asks before accepting a date in the past, and accepts it once confirmed", () => {
    const refused = followUpPlanInput.safeParse({ personId, dueOn: inDays(-3) });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({ path: ["dueOn"], message: "dateInPast" }),
    ]);
    expect(
      followUpPlanInput.safeParse({ personId, dueOn: inDays(-3), pastDateConfirmed: "on" }).success,
    ).toBe(true);
  });

  it("refuses a time that is not a time of day", () => {
    expect(followUpPlanInput.safeParse({ personId, dueOn: inDays(1), dueTime: "25:00" }).success).toBe(false);
  });
});

describe("an interpreter request for a follow-up", () => {
  it("starts at the follow-up's time, or at 09:00 when none was agreed", () => {
    expect(interpreterStartFor("2026-12-09", "14:30")).toBe("2026-12-09T14:30");
    expect(interpreterStartFor("2026-12-09", null)).toBe("2026-12-09T09:00");
    expect(interpreterStartFor("2026-12-09", "")).toBe("2026-12-09T09:00");
  });
});
