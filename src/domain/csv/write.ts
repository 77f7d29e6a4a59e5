/**
 * CSV for spreadsheets: a cell that starts with = + - @ (or a tab or carriage return) is read by
 * Excel and LibreOffice as a formula, so it is prefixed with an apostrophe ("CSV injection").
 */
export type CsvCell = string | number | boolean | null | undefined;

export function neutraliseCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // Plain negative numbers stay numbers; only text that merely starts like a formula is defused.
  const isNumber = typeof value === "number";
  const defused = !isNumber && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n;]/.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(neutraliseCell).join(",")).join("\r\n") + "\r\n";
}
