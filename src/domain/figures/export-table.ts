import { toCsv, type CsvCell } from "../csv/write";
import { suppressedLabel, withheldLabel, type ShownCount } from "./small-numbers";

/**
 * A figures table as a municipality's statistician opens it in Excel (nl-BE): headers and codes in the
 * reader's words, counts as numbers only, and what is hidden in a column of its own. A "< 5" inside a
 * numeric column is text to a spreadsheet and breaks every sum below it (UX review, finding 12).
 */
export type ExportColumn =
  | { field: string; header: string; kind: "count" | "text" }
  | { field: string; header: string; kind: "code"; codes: CodeList }
  | { field: string; header: string; kind: "yesNo" };

/** The code lists whose values are shown by name (as on the figures page). */
export type CodeList = "referralType" | "referralStatus" | "intendedStay" | "region";

export type ExportValue = ShownCount | string | boolean | null;

export type FiguresExport = {
  fileName: string;
  columns: readonly ExportColumn[];
  rows: readonly Readonly<Record<string, ExportValue>>[];
};

/** The reader's words, from the same translations as the figures page. */
export type ExportLabels = {
  header(key: string): string;
  code(list: CodeList, value: string): string;
  yesNo(value: boolean): string;
  /** The last column: which counts of the row are hidden, and why. */
  hiddenColumn: string;
  hidden(reason: "small" | "withheld"): string;
};

export function figuresCsv(table: FiguresExport, labels: ExportLabels): string {
  const header = [...table.columns.map((column) => labels.header(column.header)), labels.hiddenColumn];
  const rows = table.rows.map((row) => {
    const hidden: string[] = [];
    const cells = table.columns.map((column): CsvCell => {
      const value = row[column.field] ?? null;
      if (value === null) return null;
      switch (column.kind) {
        case "count":
          if (value === suppressedLabel || value === withheldLabel) {
            hidden.push(
              `${labels.header(column.header)}: ${labels.hidden(value === suppressedLabel ? "small" : "withheld")}`,
            );
            return null;
          }
          return value as number;
        case "code":
          return labels.code(column.codes, String(value));
        case "yesNo":
          return labels.yesNo(value === true);
        case "text":
          return String(value);
      }
    });
    return [...cells, hidden.join(" | ")];
  });
  return toCsv(header, rows);
}
