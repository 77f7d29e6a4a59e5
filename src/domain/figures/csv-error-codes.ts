import { officialCsvHeader, type OfficialCsvError, type OfficialCsvErrorKey } from "./official-csv";

/**
 * A refused upload's errors travel to the page in its URL (the redirect after the POST), so that
 * nothing of a bad file is stored. They hold line numbers and error keys only, never cell values;
 * the first `maxCarried` are carried, with the total.
 */
export const maxCarried = 50;
export type CarriedError = OfficialCsvError | { line: number; column: null; key: "encoding" };

const keys: readonly (OfficialCsvErrorKey | "encoding")[] = [
  "empty",
  "wrongHeader",
  "tooManyRows",
  "wrongColumnCount",
  "nisFormat",
  "nisUnknown",
  "dateFormat",
  "dateInFuture",
  "notAWholeNumber",
  "negative",
  "registeredAboveCertificates",
  "duplicateRow",
  "alreadyImported",
  "encoding",
];

export function encodeCsvErrors(errors: readonly CarriedError[]): string {
  return errors
    .slice(0, maxCarried)
    .map((error) =>
      [
        error.line,
        error.column ? officialCsvHeader.indexOf(error.column) : "",
        keys.indexOf(error.key),
        "duplicateOf" in error && error.duplicateOf ? error.duplicateOf : "",
      ].join("."),
    )
    .join("_");
}

/** Reads the URL form back; anything malformed is dropped rather than shown. */
export function decodeCsvErrors(value: string | undefined): CarriedError[] {
  if (!value || value.length > 4000) return [];
  return value.split("_").flatMap((part): CarriedError[] => {
    const match = /^(\d{1,6})\.([0-3]?)\.(\d{1,2})\.(\d{0,6})$/.exec(part);
    if (!match) return [];
    const key = keys[Number(match[3])];
    if (!key) return [];
    const column = match[2] === "" ? null : officialCsvHeader[Number(match[2])]!;
    const error = {
      line: Number(match[1]),
      column,
      key,
      ...(match[4] ? { duplicateOf: Number(match[4]) } : {}),
    };
    return [error as CarriedError];
  });
}
