/**
 * CSV for spreadsheets. A cell that starts with =, +, -, @ (or a tab or carriage return) would be
 * run as a formula by Excel or LibreOffice, so it is prefixed with an apostrophe (OWASP's advice).
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  // A byte-order mark so that Excel reads UTF-8 (Cyrillic names) correctly.
  return "\uFEFF" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
