import { describe, expect, it } from "vitest";
import { groupByProvince } from "./groups";

describe("groupByProvince", () => {
  it("lists provinces alphabetically with Brussels last, and names alphabetically within each", () => {
    const groups = groupByProvince([
      { nisCode: "21004", nameNl: "Brussel", province: null },
      { nisCode: "44021", nameNl: "Gent", province: "Oost-Vlaanderen" },
      { nisCode: "11002", nameNl: "Antwerpen", province: "Antwerpen" },
      { nisCode: "41002", nameNl: "Aalst", province: "Oost-Vlaanderen" },
      { nisCode: "21001", nameNl: "Anderlecht", province: null },
    ]);
    expect(groups.map((group) => group.province)).toEqual(["Antwerpen", "Oost-Vlaanderen", null]);
    expect(groups[1]!.municipalities.map((m) => m.name)).toEqual(["Aalst", "Gent"]);
    expect(groups[2]!.municipalities.map((m) => m.nisCode)).toEqual(["21001", "21004"]);
  });
});
