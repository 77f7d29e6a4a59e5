import { describe, expect, it } from "vitest";
import { readCsv } from "../csv/read";
import { parseOfficialFiguresCsv } from "./official-csv";

const options = { today: "2026-11-26", knownNisCodes: new Set(["44021", "11002", "21004"]) };
const header = "nis_code,date,certificates,registered";
const parse = (...lines: string[]) => parseOfficialFiguresCsv(lines.join("\n"), options);

describe("official figures CSV", () => {
  it("reads a good file, with a BOM, semicolons, CRLF and a trailing newline", () => {
    const result = parseOfficialFiguresCsv(
      "\uFEFFnis_code;date;certificates;registered\r\n44021;2026-05-06;120;80\r\n11002;2026-05-06;300;300\r\n",
      options,
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { line: 2, municipalityNis: "44021", date: "2026-05-06", certificates: 120, registered: 80 },
      { line: 3, municipalityNis: "11002", date: "2026-05-06", certificates: 300, registered: 300 },
    ]);
  });

  it("refuses a wrong header outright", () => {
    expect(parse("gemeente,datum,attesten,ingeschreven", "44021,2026-05-06,1,1").errors).toEqual([
      { line: 1, column: null, key: "wrongHeader" },
    ]);
    expect(parse("nis_code,date,certificates", "44021,2026-05-06,1").errors[0]!.key).toBe("wrongHeader");
  });

  it("refuses an empty file and a header without rows", () => {
    expect(parse("").errors[0]!.key).toBe("empty");
    expect(parse(header).errors[0]!.key).toBe("empty");
  });

  it("names a NIS code that is not five digits, and one of no known municipality", () => {
    const { errors } = parse(header, "4402,2026-05-06,1,1", "4402A,2026-05-06,1,1", "99999,2026-05-06,1,1");
    expect(errors).toEqual([
      { line: 2, column: "nis_code", key: "nisFormat" },
      { line: 3, column: "nis_code", key: "nisFormat" },
      { line: 4, column: "nis_code", key: "nisUnknown" },
    ]);
  });

  it("names a negative number and a number that is not whole", () => {
    const { errors } = parse(header, "44021,2026-05-06,-1,0", "44021,2026-05-07,10,2.5");
    expect(errors).toEqual([
      { line: 2, column: "certificates", key: "negative" },
      { line: 3, column: "registered", key: "notAWholeNumber" },
    ]);
  });

  it("names a date in the future and a date that does not exist or is not ISO", () => {
    const { errors } = parse(header, "44021,2026-11-27,1,1", "44021,2026-02-30,1,1", "44021,06/05/2026,1,1");
    expect(errors).toEqual([
      { line: 2, column: "date", key: "dateInFuture" },
      { line: 3, column: "date", key: "dateFormat" },
      { line: 4, column: "date", key: "dateFormat" },
    ]);
  });

  it("reads a code that ceased in 2025 as its successor's, and says so on the row", () => {
    const result = parseOfficialFiguresCsv(
      [
        header,
        "44048,2024-06-01,10,8",
        "44012,2024-06-01,5,2",
        "11007,2024-06-01,3,3",
        "11002,2024-06-01,100,90",
      ].join("\n"),
      {
        ...options,
        knownNisCodes: new Set(["44086", "11002"]),
      },
    );
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        municipalityNis: "44086",
        date: "2024-06-01",
        certificates: 15,
        registered: 10,
        mappedFrom: ["44048", "44012"],
      },
      {
        line: 4,
        municipalityNis: "11002",
        date: "2024-06-01",
        certificates: 103,
        registered: 93,
        mappedFrom: ["11007"],
      },
    ]);
  });

  it("still refuses the same ceased code twice for one date", () => {
    const { errors } = parseOfficialFiguresCsv(
      [header, "11007,2024-06-01,3,3", "11007,2024-06-01,3,3"].join("\n"),
      options,
    );
    expect(errors).toEqual([{ line: 3, column: null, key: "duplicateRow", duplicateOf: 2 }]);
  });

  it("names a duplicate row with the line it repeats", () => {
    const { errors, rows } = parse(
      header,
      "44021,2026-05-06,10,5",
      "11002,2026-05-06,1,1",
      "44021,2026-05-06,12,6",
    );
    expect(errors).toEqual([{ line: 4, column: null, key: "duplicateRow", duplicateOf: 2 }]);
    expect(rows).toHaveLength(2);
  });

  it("names more registered persons than certificates, and a row with the wrong number of cells", () => {
    const { errors } = parse(header, "44021,2026-05-06,10,11", "44021,2026-05-07,10");
    expect(errors).toEqual([
      { line: 2, column: "registered", key: "registeredAboveCertificates" },
      { line: 3, column: null, key: "wrongColumnCount" },
    ]);
  });

  it("reports every problem of one row", () => {
    expect(parse(header, "abc,tomorrow,-1,x").errors.map((error) => error.key)).toEqual([
      "nisFormat",
      "dateFormat",
      "negative",
      "notAWholeNumber",
    ]);
  });
});

describe("readCsv", () => {
  it("keeps quoted separators, quotes and newlines in one cell and counts lines", () => {
    expect(readCsv('a,"b,c","say ""hi""","x\ny"\n1,2,3,4')).toEqual([
      { line: 1, cells: ["a", "b,c", 'say "hi"', "x\ny"] },
      { line: 3, cells: ["1", "2", "3", "4"] },
    ]);
  });
});
