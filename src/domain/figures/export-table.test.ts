import { describe, expect, it } from "vitest";
import { figuresCsv, type ExportLabels, type FiguresExport } from "./export-table";

const dutch: ExportLabels = {
  header: (key) =>
    ({
      month: "Maand",
      persons: "Personen",
      register: "In rijksregister",
      type: "Soort",
      cvo: "CVO-profiel",
    })[key] ?? key,
  code: (list, value) => `${list}:${value}`,
  yesNo: (value) => (value ? "ja" : "nee"),
  hiddenColumn: "Verborgen",
  hidden: (reason) => (reason === "small" ? "minder dan 5" : "verborgen"),
};

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");

describe("a figures table for Excel", () => {
  it("names columns and codes in the reader's words and keeps numeric columns numeric", () => {
    const table: FiguresExport = {
      fileName: "x.csv",
      columns: [
        { field: "type", header: "type", kind: "code", codes: "referralType" },
        { field: "cvo", header: "cvo", kind: "yesNo" },
        { field: "persons", header: "persons", kind: "count" },
      ],
      rows: [{ type: "NT2", cvo: true, persons: 12 }],
    };
    expect(lines(figuresCsv(table, dutch))).toEqual([
      "Soort;CVO-profiel;Personen;Verborgen",
      "referralType:NT2;ja;12;",
    ]);
  });

  it("moves '< 5' and withheld counts out of the numbers into the hidden column", () => {
    const table: FiguresExport = {
      fileName: "x.csv",
      columns: [
        { field: "month", header: "month", kind: "text" },
        { field: "persons", header: "persons", kind: "count" },
        { field: "register", header: "register", kind: "count" },
      ],
      rows: [
        { month: "2026-09", persons: "withheld", register: "< 5" },
        { month: "2026-10", persons: 0, register: null },
      ],
    };
    const [, september, october] = lines(figuresCsv(table, dutch));
    expect(september).toBe("2026-09;;;Personen: verborgen | In rijksregister: minder dan 5");
    expect(october).toBe("2026-10;0;;");
    expect(figuresCsv(table, dutch)).not.toContain("< 5");
  });
});
