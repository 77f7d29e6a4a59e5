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
