import { z } from "zod";
import { readCsv } from "../csv/read";
import { currentNisCode } from "../municipalities/ceased-codes";

/**
 * Official figures arrive as a CSV with one row per municipality and date:
 * `nis_code,date,certificates,registered` (certificates of temporary protection issued, and of
 * those persons, how many are registered in the national register). Every row is checked and every
 * problem reported with its line, so the officer can fix the file; a file with any problem imports
 * nothing. A code that ceased on 1 January 2025 is read as its successor's (the row says so in
 * `mappedFrom`); rows of several merged municipalities for one date are added up.
 */
export const officialCsvHeader = ["nis_code", "date", "certificates", "registered"] as const;
/** Uploads above this are refused before they are read in full. */
export const officialCsvMaxBytes = 2 * 1024 * 1024;
export const officialCsvMaxRows = 20_000;

export type OfficialCsvErrorKey =
  | "empty"
  | "wrongHeader"
  | "tooManyRows"
  | "wrongColumnCount"
  | "nisFormat"
  | "nisUnknown"
  | "dateFormat"
  | "dateInFuture"
  | "notAWholeNumber"
  | "negative"
  | "registeredAboveCertificates"
  | "duplicateRow"
  | "alreadyImported";

export type OfficialCsvError = {
  line: number;
  column: (typeof officialCsvHeader)[number] | null;
  key: OfficialCsvErrorKey;
  duplicateOf?: number;
};

export type OfficialFigureRow = {
  line: number;
  municipalityNis: string;
  date: string;
  certificates: number;
  registered: number;
  mappedFrom?: string[];
};

export type OfficialCsvResult = { rows: OfficialFigureRow[]; errors: OfficialCsvError[] };

const count = z
  .string()
  .trim()
  .regex(/^-?\d+$/, { message: "notAWholeNumber", abort: true })
  .transform(Number)
  .refine((value) => value >= 0, { message: "negative", abort: true })
  .refine((value) => Number.isSafeInteger(value) && value <= 10_000_000, "notAWholeNumber");

function rowSchema(today: string, knownNisCodes: ReadonlySet<string>) {
  return z
    .object({
      nis_code: z
        .string()
        .trim()
        .regex(/^\d{5}$/, { message: "nisFormat", abort: true })
        .refine((nis) => knownNisCodes.has(currentNisCode(nis)), "nisUnknown"),
      date: z
        .string()
        .trim()
        .refine(isIsoDate, { message: "dateFormat", abort: true })
        .refine((date) => date <= today, "dateInFuture"),
      certificates: count,
      registered: count,
    })
    .refine((row) => row.registered <= row.certificates, {
      message: "registeredAboveCertificates",
      path: ["registered"],
    });
}

/** `today` is the Brussels calendar date (YYYY-MM-DD) the upload happens on. */
export function parseOfficialFiguresCsv(
  text: string,
  options: { today: string; knownNisCodes: ReadonlySet<string> },
): OfficialCsvResult {
  const records = readCsv(text);
  const [header, ...body] = records;
  if (!header) return { rows: [], errors: [{ line: 1, column: null, key: "empty" }] };
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  if (names.length !== officialCsvHeader.length || names.some((name, i) => name !== officialCsvHeader[i])) {
    return { rows: [], errors: [{ line: header.line, column: null, key: "wrongHeader" }] };
  }
  if (body.length === 0) return { rows: [], errors: [{ line: header.line, column: null, key: "empty" }] };
  if (body.length > officialCsvMaxRows)
    return { rows: [], errors: [{ line: header.line, column: null, key: "tooManyRows" }] };

  const schema = rowSchema(options.today, options.knownNisCodes);
  const rows: OfficialFigureRow[] = [];
  const errors: OfficialCsvError[] = [];
  const seen = new Map<string, { row: OfficialFigureRow; sources: Set<string> }>();
  for (const record of body) {
    if (record.cells.length !== officialCsvHeader.length) {
      errors.push({ line: record.line, column: null, key: "wrongColumnCount" });
      continue;
    }
    const parsed = schema.safeParse(
      Object.fromEntries(officialCsvHeader.map((name, i) => [name, record.cells[i]!])),
    );
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = (officialCsvHeader as readonly string[]).includes(String(issue.path[0]))
          ? (issue.path[0] as OfficialCsvError["column"])
          : null;
        errors.push({ line: record.line, column, key: toErrorKey(issue.message) });
      }
      continue;
    }
    const source = parsed.data.nis_code;
    const municipalityNis = currentNisCode(source);
    const key = `${municipalityNis}|${parsed.data.date}`;
    const first = seen.get(key);
    if (first && !first.sources.has(source)) {
      // Two municipalities merged since: their counts for that date belong together.
      first.sources.add(source);
      first.row.certificates += parsed.data.certificates;
      first.row.registered += parsed.data.registered;
      first.row.mappedFrom = [...first.sources].filter((code) => code !== municipalityNis);
      continue;
    }
    if (first) {
      errors.push({ line: record.line, column: null, key: "duplicateRow", duplicateOf: first.row.line });
      continue;
    }
    const row: OfficialFigureRow = {
      line: record.line,
      municipalityNis,
      date: parsed.data.date,
      certificates: parsed.data.certificates,
      registered: parsed.data.registered,
    };
    if (source !== municipalityNis) row.mappedFrom = [source];
    seen.set(key, { row, sources: new Set([source]) });
    rows.push(row);
  }
  return { rows, errors };
}

const errorKeys: readonly OfficialCsvErrorKey[] = [
  "nisFormat",
  "nisUnknown",
  "dateFormat",
  "dateInFuture",
  "notAWholeNumber",
  "negative",
  "registeredAboveCertificates",
];
const toErrorKey = (message: string): OfficialCsvErrorKey =>
  errorKeys.includes(message as OfficialCsvErrorKey) ? (message as OfficialCsvErrorKey) : "notAWholeNumber";

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
