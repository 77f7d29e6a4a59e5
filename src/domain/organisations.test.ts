import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./validation";
import { organisationInput } from "./organisations";

const errorsOf = (value: unknown) => {
  const parsed = organisationInput.safeParse(value);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
};

describe("organisationInput", () => {
  it("reads an NT2 provider with its kind and service area from form values", () => {
    const parsed = organisationInput.parse({
      name: " CVO Leuven ",
      type: "NT2_PROVIDER",
      nt2Kind: "CVO",
      municipalityNis: "24062",
      region: "",
      email: "Info@CVO.example",
      servedRegions: [],
      servedMunicipalities: ["24062", "24001"],
    });
    expect(parsed).toMatchObject({
      name: "CVO Leuven",
      nt2Kind: "CVO",
      municipalityNis: "24062",
      region: undefined,
      email: "info@cvo.example",
      servedMunicipalities: ["24062", "24001"],
    });
  });

  it("asks an NT2 provider for its kind and where it teaches, a municipality or OCMW for its municipality", () => {
    expect(errorsOf({ name: "X", type: "NT2_PROVIDER", region: "FLANDERS" })).toEqual({
      nt2Kind: ["required"],
      servedMunicipalities: ["required"],
    });
    expect(errorsOf({ name: "OCMW X", type: "OCMW", region: "FLANDERS" })).toEqual({
      municipalityNis: ["required"],
    });
    expect(errorsOf({ name: "Partner", type: "PARTNER" })).toEqual({ region: ["required"] });
    expect(errorsOf({ name: "", type: "HOSPITAL", email: "nope" })).toMatchObject({
      name: ["required"],
      type: ["required"],
      email: ["invalidEmail"],
    });
  });

  it("drops NT2 fields from other types", () => {
    const parsed = organisationInput.parse({
      name: "Stad Gent",
      type: "MUNICIPALITY",
      municipalityNis: "44021",
      nt2Kind: "CVO",
      servedRegions: ["FLANDERS"],
    });
    expect(parsed).toMatchObject({ nt2Kind: undefined, servedRegions: [], servedMunicipalities: [] });
  });
});
