import { describe, expect, it } from "vitest";
import { actNumber } from "./legal-reference";
import { legalBasis } from "./temporary-protection";

describe("actNumber", () => {
  it("finds the number of a directive and of a decision", () => {
    expect(actNumber("Directive 2001/55/EC")).toBe("2001/55");
    expect(actNumber("Council Implementing Decision (EU) 2022/382")).toBe("2022/382");
  });

  it("finds a number in the legal basis the status page shows", () => {
    expect(actNumber(legalBasis.value.directive)).toMatch(/^\d{4}\/\d+$/);
    expect(actNumber(legalBasis.value.activation)).toMatch(/^\d{4}\/\d+$/);
  });

  it("refuses a title without a number rather than printing a broken sentence", () => {
    expect(() => actNumber("the directive")).toThrow();
  });
});
