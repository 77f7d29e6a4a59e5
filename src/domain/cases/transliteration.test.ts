import { describe, expect, it } from "vitest";
import {
  loose,
  normalise,
  russianToLatin,
  searchNameOf,
  searchTermsOf,
  ukrainianToLatin,
} from "./transliteration";

describe("Ukrainian national transliteration (2010)", () => {
  it.each([
    ["Олександр Шевченко", "oleksandr shevchenko"],
    ["Юлія", "yuliia"],
    ["Євген", "yevhen"],
    ["Ярослава Їжакевич", "yaroslava yizhakevych"],
    ["Згурський", "zghurskyi"],
    ["Мар'яна", "mariana"],
    ["Щербак", "shcherbak"],
    ["Ґалаґан", "galagan"],
    ["Андрій", "andrii"],
  ])("%s → %s", (cyrillic, latin) => {
    expect(ukrainianToLatin(cyrillic)).toBe(latin);
  });
});

describe("Russian romanisation", () => {
  it.each([
    ["Александр", "aleksandr"],
    ["Шевченко", "shevchenko"],
    ["Юлия", "yuliya"],
    ["Георгий", "georgiy"],
  ])("%s → %s", (cyrillic, latin) => {
    expect(russianToLatin(cyrillic)).toBe(latin);
  });
});

describe("normalisation", () => {
  it("removes diacritics and case", () => {
    expect(normalise("  Ševčenko-KOVAĽ ")).toBe("sevcenko koval");
  });

  it("brings spellings of one sound together", () => {
    expect(loose("shevchenko")).toBe(loose("Sevcenko"));
    expect(loose("Schewtschenko")).toBe(loose("shevchenko"));
    expect(loose("yuliia")).toBe(loose("Julija"));
    expect(loose("oleksandr")).not.toBe(loose("shevchenko"));
  });
});

describe("the stored search name", () => {
  const searchName = searchNameOf({
    firstName: "Oleksandr",
    lastName: "Shevchenko",
    firstNameCyrillic: "Олександр",
    lastNameCyrillic: "Шевченко",
  });

  it("holds Latin forms only, in lower case", () => {
    expect(searchName).toBe(searchName.toLowerCase());
    expect(searchName).not.toMatch(/\p{Script=Cyrillic}/u);
  });

  it("holds the passport spelling and the loose skeleton", () => {
    expect(searchName).toContain("oleksandr shevchenko");
    expect(searchName).toContain(loose("Sevcenko"));
    expect(searchName).toContain(searchTermsOf("shevch").exact);
  });

  it("derives Latin forms from Cyrillic alone when that is all there is", () => {
    expect(searchNameOf({ firstName: "Олександр", lastName: "Шевченко" })).toContain("oleksandr shevchenko");
  });

  it("treats a Cyrillic query like its transliteration", () => {
    expect(searchTermsOf("Шевченко").exact).toBe("shevchenko");
  });
});
