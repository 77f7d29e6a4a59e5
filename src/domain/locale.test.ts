import { describe, expect, it } from "vitest";
import { isLocale, locales } from "./locale";

describe("isLocale", () => {
  it("accepts the four portal languages and nothing else", () => {
    for (const locale of locales) expect(isLocale(locale)).toBe(true);
    for (const other of ["fr", "NL", "", undefined, 3, "nl-BE"]) expect(isLocale(other)).toBe(false);
  });
});
