import { describe, expect, it } from "vitest";
import { findPersonalData } from "./personal-data";

describe("the personal-data check on questions", () => {
  it.each([
    ["rijksregisternummer 85.07.30-033.28", ["nationalRegisterNumber"]],
    ["nummer 85073003328 in het dossier", ["nationalRegisterNumber"]],
    ["geboren op 3/7/1985", ["dateOfBirth"]],
    ["geboren 1985-07-03", ["dateOfBirth"]],
    ["mail naar iemand@gemeente.be", ["email"]],
    ["bel +32 470 12 34 56", ["phone"]],
    ["bel 0470/12.34.56 of 016 12 34 56", ["phone"]],
  ])("finds %s", (text, kinds) => {
    expect(findPersonalData(text)).toEqual(kinds);
  });

  it("lets a question about a situation through: ages, years, counts and article numbers", () => {
    expect(
      findPersonalData(
        "Een gezin van 5 personen sinds 2022, een kind van 19 jaar, artikel 10 van de wet van 15 december 1980.",
      ),
    ).toEqual([]);
  });
});
