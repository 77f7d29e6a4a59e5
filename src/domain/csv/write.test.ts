import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv } from "./write";

describe("CSV writing", () => {
  it("neutralises cells that a spreadsheet would run as a formula", () => {
    expect(neutraliseCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
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
    expect(neutraliseCell("a;b")).toBe('"a;b"');
  });

  it("writes for Excel with a Belgian list separator: ';' between cells, a byte-order mark first", () => {
    expect(toCsv(["a", "b"], [[1, "Київ, Oblast"]])).toBe('\uFEFFa;b\r\n1;"Київ, Oblast"\r\n');
  });
});

describe("formulas after a separator inside a cell", () => {
  it("are defused too, because Excel with a Belgian list separator splits on ';'", () => {
    expect(neutraliseCell("x;=1+1;")).toBe(`"x;'=1+1;"`);
    expect(neutraliseCell("x;=cmd|' /C calc'!A0;")).toBe(`"x;'=cmd|' /C calc'!A0;"`);
    expect(neutraliseCell("Olena, +32 470")).toBe(`"Olena, '+32 470"`);
    expect(neutraliseCell("a\n@SUM(A1)")).toBe(`"a\n'@SUM(A1)"`);
    expect(neutraliseCell("Anne-Marie; Kovalenko")).toBe(`"Anne-Marie; Kovalenko"`);
    expect(neutraliseCell(-5)).toBe("-5");
  });
});
