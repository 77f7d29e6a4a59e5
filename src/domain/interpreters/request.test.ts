import { describe, expect, it } from "vitest";
import { interpreterHandling, interpreterRequestInput, interpreterTransition } from "./request";

const good = {
  language: "UK",
  startsAt: "2026-12-03T10:30",
  durationMinutes: "60",
  mode: "PHONE",
  purpose: "Intake at the OCMW",
  personId: "",
};

describe("interpreter requests", () => {
  it("reads a form, lower-casing the language and dropping an empty person", () => {
    expect(interpreterRequestInput.parse(good)).toEqual({
      language: "uk",
      startsAt: "2026-12-03T10:30",
      durationMinutes: 60,
      mode: "PHONE",
      purpose: "Intake at the OCMW",
    });
  });

  it("refuses a bad time, a too short duration and an unknown mode", () => {
    const result = interpreterRequestInput.safeParse({
      ...good,
      startsAt: "tomorrow",
      durationMinutes: "5",
      mode: "FAX",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual([
      "durationMinutes",
      "mode",
      "startsAt",
    ]);
  });

  it("assigns, confirms after assigning only, and declines open requests", () => {
    expect(interpreterTransition("REQUESTED", "assign")?.to).toBe("ASSIGNED");
    expect(interpreterTransition("REQUESTED", "confirm")).toBeNull();
    expect(interpreterTransition("ASSIGNED", "confirm")?.to).toBe("CONFIRMED");
    expect(interpreterTransition("CONFIRMED", "decline")).toBeNull();
    expect(interpreterTransition("DECLINED", "cancel")).toBeNull();
  });

  it("asks a name to assign and a reason to decline", () => {
    expect(interpreterHandling.safeParse({ action: "assign", interpreterName: "" }).success).toBe(false);
    expect(interpreterHandling.safeParse({ action: "decline" }).success).toBe(false);
    expect(interpreterHandling.safeParse({ action: "confirm" }).success).toBe(true);
  });
});
