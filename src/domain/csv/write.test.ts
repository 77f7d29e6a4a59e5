import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv } from "./write";

describe("CSV writing", () => {
  it("neutralises cells that a spreadsheet would run as a formula", () => {
    expect(neutraliseCell("=HYPERLINK(\"x\")")).toBe(`"'=HYPERLINK(""x"")"`);
    expect(neutraliseCell("+32 2 205")).toBe("'+32 2 205");
    expect(neutraliseCell("-1+1")).toBe("'-1+1");
    expect(neutraliseCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseCell("\tcmd")).toBe("'\tcmd");
  });

  it("keeps numbers, quotes separators and empties nulls", () => {
    expect(neutraliseCell(-3)).toBe("-3");
    expect(neutraliseCell("Sint-Niklaas")).toBe("Sint-Niklaas");
    expect(neutraliseCell("a,b")).toBe('"a,b"');
    expect(neutraliseCell(null)).toBe("");
    expect(toCsv(["a", "b"], [[1, "< 5"]])).toBe("a,b\r\n1,< 5\r\n");
  });
});
