import { defuseFormulas } from "../csv/write";

/** CSV for spreadsheets, every formula start defused (see `defuseFormulas`). */
export function csvCell(value: string | number | null | undefined): string {
  const text = defuseFormulas(value === null || value === undefined ? "" : String(value));
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  // A byte-order mark so that Excel reads UTF-8 (Cyrillic names) correctly.
  return "\uFEFF" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
