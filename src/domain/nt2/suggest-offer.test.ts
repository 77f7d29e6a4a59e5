import { describe, expect, it } from "vitest";
import type { Nt2Profile } from "./profile";
import { nt2ProfileInput } from "./profile";
import { providersServing, suggestNt2Offer } from "./suggest-offer";

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
  it("suggests the welcome module (40 lesson periods) with oral skills for a quick return", () => {
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
    expect(suggestNt2Offer({ ...base, availability: ["EVENING", "WEEKEND"] }).notes).toContain(
      "eveningOrWeekendClasses",
    );
    expect(suggestNt2Offer(base).notes).not.toContain("eveningOrWeekendClasses");
  });
});

describe("providersServing", () => {
  it("puts providers serving the learner's municipality first, then those serving the region, and leaves out the rest", () => {
    const providers = [
      { id: "1", name: "CVO Gent", servedRegions: ["FLANDERS" as const], servedMunicipalities: [] },
      {
        id: "2",
        name: "Huis van het Nederlands Brussel",
        servedRegions: ["BRUSSELS" as const],
        servedMunicipalities: [],
      },
      { id: "3", name: "CVO Leuven", servedRegions: [], servedMunicipalities: ["24062", "24001"] },
      { id: "4", name: "CVO Antwerpen", servedRegions: ["FLANDERS" as const], servedMunicipalities: [] },
      { id: "5", name: "Nowhere yet", servedRegions: [], servedMunicipalities: [] },
    ];
    expect(
      providersServing(providers, { region: "FLANDERS", municipalityNis: "24062" }).map((p) => p.id),
    ).toEqual(["3", "4", "1"]);
    expect(
      providersServing(providers, { region: "FLANDERS", municipalityNis: "44021" }).map((p) => p.id),
    ).toEqual(["4", "1"]);
    expect(
      providersServing(providers, { region: "BRUSSELS", municipalityNis: null }).map((p) => p.id),
    ).toEqual(["2"]);
  });
});

describe("nt2ProfileInput", () => {
  it("reads form values (checkbox 'on', several availabilities)", () => {
    const parsed = nt2ProfileInput.parse({
      ...base,
      cvoProfile: "on",
      digitallySkilled: undefined,
      availability: ["DAY", "EVENING"],
    });
    expect(parsed.cvoProfile).toBe(true);
    expect(parsed.digitallySkilled).toBe(false);
  });

  it("refuses a profile without availability or with an unknown stay", () => {
    expect(nt2ProfileInput.safeParse({ ...base, availability: [] }).success).toBe(false);
    expect(nt2ProfileInput.safeParse({ ...base, intendedStay: "FOREVER" }).success).toBe(false);
  });
});
