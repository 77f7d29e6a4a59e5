import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCsv } from "../csv/read";
import { ceasedMunicipalities, currentNisCode } from "./ceased-codes";

const csvRows = (file: string) =>
  readCsv(readFileSync(`prisma/reference-data/${file}`, "utf8"))
    .slice(1)
    .map((record) => record.cells);

describe("ceased municipality codes", () => {
  it("are exactly the 27 of the reference CSV, each with its successor", () => {
    const fromCsv = csvRows("municipalities-merged-2025.csv").map(([old, name, successor]) => [
      old,
      { successor, name },
    ]);
    expect(fromCsv).toHaveLength(27);
    expect([...ceasedMunicipalities.entries()]).toEqual(fromCsv);
  });

  it("lead to municipalities that exist today, and never to another ceased code", () => {
    const current = new Set(csvRows("municipalities-2025.csv").map(([nis]) => nis));
    expect(current.size).toBe(304);
    for (const [old, { successor }] of ceasedMunicipalities) {
      expect(current.has(successor), `${old} -> ${successor}`).toBe(true);
      expect(current.has(old), `${old} is still listed`).toBe(false);
    }
  });

  it("maps an old code to its successor and leaves a current one alone", () => {
    expect(currentNisCode("23023")).toBe("23106");
    expect(currentNisCode("11007")).toBe("11002");
    expect(currentNisCode("11002")).toBe("11002");
    expect(currentNisCode("44021")).toBe("44021");
  });
});
