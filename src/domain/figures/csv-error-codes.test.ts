import { describe, expect, it } from "vitest";
import { decodeCsvErrors, encodeCsvErrors, maxCarried } from "./csv-error-codes";

describe("CSV errors carried in a URL", () => {
  it("round-trip line, column, key and the duplicated line", () => {
    const errors = [
      { line: 1, column: null, key: "wrongHeader" as const },
      { line: 3, column: "nis_code" as const, key: "nisUnknown" as const },
      { line: 7, column: null, key: "duplicateRow" as const, duplicateOf: 2 },
      { line: 1, column: null, key: "encoding" as const },
    ];
    expect(decodeCsvErrors(encodeCsvErrors(errors))).toEqual(errors);
  });

  it("carry at most the first 50 and drop anything malformed", () => {
    const many = Array.from({ length: 80 }, (_, i) => ({
      line: i + 2,
      column: "date" as const,
      key: "dateFormat" as const,
    }));
    expect(decodeCsvErrors(encodeCsvErrors(many))).toHaveLength(maxCarried);
    expect(decodeCsvErrors("1.9.1._<script>_2.0.99.")).toEqual([]);
    expect(decodeCsvErrors(undefined)).toEqual([]);
  });
});
