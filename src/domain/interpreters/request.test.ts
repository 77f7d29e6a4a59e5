import { describe, expect, it } from "vitest";
import {
  interpreterHandling,
  interpreterRequestInput,
  interpreterTransition,
  languageCodeOf,
} from "./request";

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

  it("needs an address for an interpreter on site", () => {
    const onSite = { ...good, mode: "ON_SITE" };
    const refused = interpreterRequestInput.safeParse(onSite);
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({ path: ["location"], message: "required" }),
    ]);
    expect(
      interpreterRequestInput.parse({ ...onSite, location: " OCMW Gent, Onderbergen 86 " }).location,
    ).toBe("OCMW Gent, Onderbergen 86");
  });

  it("understands a language typed by its name in the form's language", () => {
    expect(languageCodeOf("Oekraïens", "nl")).toBe("uk");
    expect(languageCodeOf("russian", "en")).toBe("ru");
    expect(languageCodeOf("uk", "nl")).toBe("uk");
    expect(
      interpreterRequestInput.safeParse({ ...good, language: languageCodeOf("Klingon", "en") }).success,
    ).toBe(false);
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
