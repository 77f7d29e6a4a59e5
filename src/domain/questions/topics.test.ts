import { describe, expect, it } from "vitest";
import { supportRegionOf } from "./topics";

describe("supportRegionOf", () => {
  it("takes the province for Flemish municipalities and Brussels as a region of its own", () => {
    expect(supportRegionOf({ province: "Vlaams-Brabant", region: "FLANDERS" })).toBe("VLAAMS_BRABANT");
    expect(supportRegionOf({ province: "Oost-Vlaanderen", region: "FLANDERS" })).toBe("OOST_VLAANDEREN");
    expect(supportRegionOf({ province: null, region: "BRUSSELS" })).toBe("BRUSSELS");
  });

  it("routes nowhere when the province is missing or unknown", () => {
    expect(supportRegionOf({ province: null, region: "FLANDERS" })).toBeNull();
    expect(supportRegionOf({ province: "Henegouwen", region: "FLANDERS" })).toBeNull();
  });
});
