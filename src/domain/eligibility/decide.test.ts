import { describe, expect, it } from "vitest";
import { legalBasis } from "../facts/temporary-protection";
import { fieldErrorsOf } from "../validation";
import { eligibilityAnswers, type EligibilityAnswers } from "./answers";
import { decideEligibility } from "./decide";

const today = "2026-11-26";
const base: EligibilityAnswers = { nationality: "ukrainian", leftOn: "2022-03-10", familyTie: "none" };
const decide = (overrides: Partial<EligibilityAnswers>) => decideEligibility({ ...base, ...overrides });

describe("decideEligibility", () => {
  it("covers a Ukrainian national who left on or after the start date", () => {
    expect(decide({})).toEqual({ likelihood: "likely", reason: "ukrainianNational" });
  });

  it("takes the start date from the facts module, the day itself included", () => {
    const start = legalBasis.value.fledOnOrAfter;
    expect(decide({ leftOn: start }).likelihood).toBe("likely");
    expect(decide({ leftOn: "2022-02-23" })).toEqual({ likelihood: "unlikely", reason: "leftBeforeStart" });
  });

  it("does not cover anyone who left before the start date, family members included", () => {
    expect(decide({ leftOn: "2021-12-01", familyTie: "spouseOrPartner" })).toEqual({
      likelihood: "unlikely",
      reason: "leftBeforeStart",
    });
    expect(
      decide({ nationality: "stateless", statusInUkraine: "internationalProtection", leftOn: "2021-06-30" })
        .reason,
    ).toBe("leftBeforeStart");
  });

  it("covers refugees and stateless persons who had protection in Ukraine", () => {
    for (const nationality of ["otherCountry", "stateless"] as const) {
      expect(decide({ nationality, statusInUkraine: "internationalProtection" })).toEqual({
        likelihood: "likely",
        reason: "protectedInUkraine",
      });
    }
  });

  it("covers a permanent resident of Ukraine who cannot return safely to their own country", () => {
    expect(
      decide({ nationality: "otherCountry", statusInUkraine: "permanentResidence", safeReturn: "no" }),
    ).toEqual({
      likelihood: "likely",
      reason: "permanentResidentCannotReturn",
    });
  });

  it("does not cover a permanent resident who can return safely, and is unclear when they are not sure", () => {
    expect(
      decide({ nationality: "otherCountry", statusInUkraine: "permanentResidence", safeReturn: "yes" }),
    ).toEqual({
      likelihood: "unlikely",
      reason: "permanentResidentCanReturn",
    });
    expect(
      decide({ nationality: "stateless", statusInUkraine: "permanentResidence", safeReturn: "unsure" }),
    ).toEqual({
      likelihood: "unclear",
      reason: "permanentResidentUnsureOfReturn",
    });
  });

  it("does not cover a temporary resident or someone without a status in Ukraine", () => {
    for (const statusInUkraine of ["otherResidence", "none"] as const) {
      expect(decide({ nationality: "otherCountry", statusInUkraine })).toEqual({
        likelihood: "unlikely",
        reason: "noProtectedStatusInUkraine",
      });
    }
  });

  it("covers a core family member of a covered person, whatever their own status", () => {
    for (const familyTie of ["spouseOrPartner", "minorChild", "dependentRelative"] as const) {
      expect(decide({ nationality: "otherCountry", statusInUkraine: "none", familyTie })).toEqual({
        likelihood: "likely",
        reason: "familyMember",
      });
      expect(
        decide({
          nationality: "otherCountry",
          statusInUkraine: "permanentResidence",
          safeReturn: "yes",
          familyTie,
        }).reason,
      ).toBe("familyMember");
    }
  });

  it("gives the person's own ground first when they are covered in their own right", () => {
    expect(decide({ familyTie: "minorChild" }).reason).toBe("ukrainianNational");
  });

  it("ignores the status question for Ukrainians", () => {
    expect(decide({ statusInUkraine: "none" }).reason).toBe("ukrainianNational");
  });
});

describe("eligibilityAnswers", () => {
  const schema = eligibilityAnswers(today);
  const errorsOf = (input: Record<string, string>) => {
    const result = schema.safeParse(input);
    return result.success ? {} : fieldErrorsOf(result.error);
  };

  it("accepts a complete answer and treats empty optional fields as unanswered", () => {
    const result = schema.safeParse({
      nationality: "ukrainian",
      statusInUkraine: "",
      safeReturn: "",
      leftOn: "2022-03-01",
      familyTie: "none",
    });
    expect(result.success && result.data).toEqual({
      nationality: "ukrainian",
      leftOn: "2022-03-01",
      familyTie: "none",
    });
  });

  it("reports each missing answer as required", () => {
    expect(errorsOf({})).toEqual({
      nationality: ["required"],
      leftOn: ["required"],
      familyTie: ["required"],
    });
  });

  it("asks non-Ukrainians for their status, and permanent residents about a safe return", () => {
    expect(errorsOf({ nationality: "stateless", leftOn: "2022-03-01", familyTie: "none" })).toEqual({
      statusInUkraine: ["required"],
    });
    expect(
      errorsOf({
        nationality: "otherCountry",
        statusInUkraine: "permanentResidence",
        leftOn: "2022-03-01",
        familyTie: "none",
      }),
    ).toEqual({
      safeReturn: ["required"],
    });
  });

  it("lists every problem at once", () => {
    expect(errorsOf({ nationality: "stateless", familyTie: "none" })).toEqual({
      leftOn: ["required"],
      statusInUkraine: ["required"],
    });
  });

  it("refuses unknown choices, impossible dates and dates after today", () => {
    expect(errorsOf({ nationality: "martian", leftOn: "2022-03-01", familyTie: "none" })).toEqual({
      nationality: ["invalid"],
    });
    expect(errorsOf({ nationality: "ukrainian", leftOn: "2022-02-30", familyTie: "none" })).toEqual({
      leftOn: ["invalidDate"],
    });
    expect(errorsOf({ nationality: "ukrainian", leftOn: "1 March", familyTie: "none" })).toEqual({
      leftOn: ["invalidDate"],
    });
    expect(errorsOf({ nationality: "ukrainian", leftOn: "2026-11-27", familyTie: "none" })).toEqual({
      leftOn: ["dateInFuture"],
    });
    expect(errorsOf({ nationality: "ukrainian", leftOn: today, familyTie: "none" })).toEqual({});
  });
});
