/**
 * CSV for spreadsheets as Belgian offices open them: Excel with a Dutch or French list separator
 * (nl-BE, fr-BE) splits on ";", so the file does too, and a byte-order mark makes it read UTF-8
 * (Cyrillic and accented names) instead of the ANSI code page.
 *
 * A cell that starts with = + - @ (or a tab or carriage return) is read by Excel and LibreOffice as a
 * formula, so it is prefixed with an apostrophe ("CSV injection"). The same goes for such a character
 * after a ; , tab or line break inside a cell: a file split on another separator than it was written
 * with would start a new cell there (OWASP's advice).
 */
export type CsvCell = string | number | boolean | null | undefined;

/** Prefixes every formula start, at the beginning and after a separator or line break, with an apostrophe. */
export function defuseFormulas(text: string): string {
  return text.replace(/(^|[;,\t\r\n])(\s*)(?=[=+\-@\t\r])/g, "$1$2'");
}

export function neutraliseCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // Plain negative numbers stay numbers; only text that merely starts like a formula is defused.
  const isNumber = typeof value === "number";
  const defused = isNumber ? text : defuseFormulas(text);
  return /[",\r\n;]/.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}

export const csvSeparator = ";";

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return (
    "\uFEFF" +
    [header, ...rows].map((row) => row.map(neutraliseCell).join(csvSeparator)).join("\r\n") +
    "\r\n"
  );
}
