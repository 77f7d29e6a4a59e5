import { describe, expect, it } from "vitest";
import { smsNumberOf } from "./phone-number";

describe("smsNumberOf", () => {
  it("reads a Belgian mobile number typed nationally, with 0032 or with +32", () => {
    expect(smsNumberOf("0470 12 34 56")).toBe("32470123456");
    expect(smsNumberOf("0032 470/12.34.56")).toBe("32470123456");
    expect(smsNumberOf("+32 (0)470 12 34 56")).toBe("32470123456");
    expect(smsNumberOf("+32 470 12 34 56")).toBe("32470123456");
  });

  it("keeps foreign numbers as typed in international form", () => {
    expect(smsNumberOf("+380 67 123 4567")).toBe("380671234567");
    expect(smsNumberOf("00380671234567")).toBe("380671234567");
  });

  it("refuses numbers that cannot receive an SMS", () => {
    expect(smsNumberOf("09 123 45 67")).toBe(null);
    expect(smsNumberOf("+32 9 123 45 67")).toBe(null);
    expect(smsNumberOf("12345")).toBe(null);
    expect(smsNumberOf("+1234")).toBe(null);
  });
});
