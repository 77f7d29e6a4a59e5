import { describe, expect, it } from "vitest";
import type { Nt2Profile } from "./profile";
import { nt2ProfileInput } from "./profile";
import { providersForRegion, suggestNt2Offer } from "./suggest-offer";

const base: Nt2Profile = {
  cvoProfile: true,
  digitallySkilled: false,
  intendedStay: "LONGER_STAY",
  priorSchooling: "SECONDARY",
  availability: ["DAY"],
  mode: "ON_SITE",
  region: "FLANDERS",
};

describe("suggestNt2Offer", () => {
  it("suggests the 40-hour welcome module with oral skills for a quick return", () => {
    const suggestion = suggestNt2Offer({ ...base, intendedStay: "QUICK_RETURN" });
    expect(suggestion.offer).toBe("WELCOME_MODULE");
    expect(suggestion.track).toBeNull();
    expect(suggestion.notes).toContain("oralSkills");
  });

  it("suggests the full trajectory at an adult education centre for a longer stay with a CVO profile", () => {
    expect(suggestNt2Offer(base)).toMatchObject({ offer: "FULL_TRAJECTORY", track: "ADULT_EDUCATION" });
  });

  it("suggests the fast track for higher education and basic education without schooling or CVO profile", () => {
    expect(suggestNt2Offer({ ...base, priorSchooling: "HIGHER" }).track).toBe("FAST_TRACK");
    expect(suggestNt2Offer({ ...base, cvoProfile: false }).track).toBe("BASIC_EDUCATION");
    const none = suggestNt2Offer({ ...base, priorSchooling: "NONE" });
    expect(none.track).toBe("BASIC_EDUCATION");
    expect(none.notes).toContain("literacyFirst");
  });

  it("offers online or blended options only to digitally skilled learners", () => {
    expect(suggestNt2Offer({ ...base, digitallySkilled: true, mode: "ONLINE" }).delivery).toBe("ONLINE");
    expect(suggestNt2Offer({ ...base, digitallySkilled: true, mode: "EITHER" }).delivery).toBe("BLENDED");
    const unskilled = suggestNt2Offer({ ...base, digitallySkilled: false, mode: "ONLINE" });
    expect(unskilled.delivery).toBe("ON_SITE");
    expect(unskilled.notes).toContain("needsDigitalSupport");
  });

  it("notes evening or weekend classes when the learner is not free by day", () => {
    expect(suggestNt2Offer({ ...base, availability: ["EVENING", "WEEKEND"] }).notes).toContain("eveningOrWeekendClasses");
    expect(suggestNt2Offer(base).notes).not.toContain("eveningOrWeekendClasses");
  });
});

describe("providersForRegion", () => {
  it("keeps only the providers of the region, sorted by name", () => {
    const providers = [
      { id: "1", name: "CVO Gent", region: "FLANDERS" as const },
      { id: "2", name: "Huis van het Nederlands Brussel", region: "BRUSSELS" as const },
      { id: "3", name: "CVO Antwerpen", region: "FLANDERS" as const },
      { id: "4", name: "Without region", region: null },
    ];
    expect(providersForRegion(providers, "FLANDERS").map((p) => p.id)).toEqual(["3", "1"]);
    expect(providersForRegion(providers, "BRUSSELS").map((p) => p.id)).toEqual(["2"]);
  });
});

describe("nt2ProfileInput", () => {
  it("reads form values (checkbox 'on', several availabilities)", () => {
    const parsed = nt2ProfileInput.parse({ ...base, cvoProfile: "on", digitallySkilled: undefined, availability: ["DAY", "EVENING"] });
    expect(parsed.cvoProfile).toBe(true);
    expect(parsed.digitallySkilled).toBe(false);
  });

  it("refuses a profile without availability or with an unknown stay", () => {
    expect(nt2ProfileInput.safeParse({ ...base, availability: [] }).success).toBe(false);
    expect(nt2ProfileInput.safeParse({ ...base, intendedStay: "FOREVER" }).success).toBe(false);
  });
});
