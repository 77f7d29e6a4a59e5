import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV export", () => {
  it.each(["=1+1", "+32 470", "-2", "@SUM(A1)", "\tx"])("neutralises %j", (value) => {
    expect(csvCell(value)).toBe(`"'${value.replace(/"/g, '""')}"`);
  });
  it("quotes quotes and leaves plain text alone", () => {
    expect(csvCell('Olena "Lena"')).toBe('"Olena ""Lena"""');
    expect(toCsv([["a", 1, null]])).toBe('\uFEFF"a","1",""\r\n');
  });
});

describe("a name with a formula after a ';'", () => {
  it("cannot become a formula cell when Excel splits the row on ';'", () => {
    const cells = csvCell("x;=1+1;").slice(1, -1).split(";");
    expect(cells.some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });
});
