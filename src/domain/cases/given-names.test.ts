import { describe, expect, it } from "vitest";
import { givenNameAlternatives } from "./given-names";
import { searchTermsOf } from "./transliteration";

const alternativesOf = (query: string) => givenNameAlternatives(searchTermsOf(query).loose);

describe("other forms of a given name, for person search", () => {
  it("finds the Ukrainian form from the Russian one and back, the surname kept", () => {
    expect(alternativesOf("Elena Shevchenko")).toContain("olena sevcenko");
    expect(alternativesOf("Olena")).toEqual(expect.arrayContaining(["elena", "alena"]));
    expect(alternativesOf("Nikolai")).toContain("mikola");
    expect(alternativesOf("Mykola")).toContain("nikolai");
    expect(alternativesOf("Aleksandr")).toContain(searchTermsOf("Oleksandr").loose);
  });

  it("treats spellings of one form as one (Yelena is Elena), and the name anywhere in the query", () => {
    expect(alternativesOf("Yelena")).toEqual(alternativesOf("Elena"));
    expect(alternativesOf("Kovalenko Elena")).toContain("kovalenko olena");
  });

  it("offers nothing for a name it does not know, and never more than asked", () => {
    expect(alternativesOf("Bondarenko")).toEqual([]);
    expect(alternativesOf("Elena Olha")).toHaveLength(4);
    expect(givenNameAlternatives(searchTermsOf("Elena").loose, 1)).toHaveLength(1);
  });
});
