import { describe, expect, it } from "vitest";
import { figuresQueryInput, monthSpan, monthsOf, placeFrom } from "./figures-query";

describe("figures query", () => {
  it("defaults to the twelve months up to now", () => {
    expect(monthSpan({}, "2026-11")).toEqual({ from: "2025-12", to: "2026-11" });
  });

  it("caps the span at 36 months and never goes past the current month", () => {
    expect(monthSpan({ from: "2010-01", to: "2030-01" }, "2026-11")).toEqual({
      from: "2023-12",
      to: "2026-11",
    });
    expect(monthsOf({ from: "2025-11", to: "2026-02" })).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
  });

  it("reads places and refuses anything else", () => {
    expect(placeFrom("44021")).toEqual({ kind: "municipality", nisCode: "44021" });
    expect(placeFrom("BRUSSELS")).toEqual({ kind: "region", region: "BRUSSELS" });
    expect(placeFrom(undefined)).toEqual({ kind: "all" });
    expect(figuresQueryInput.safeParse({ place: "4402" }).success).toBe(false);
    expect(figuresQueryInput.safeParse({ from: "2026-13" }).success).toBe(false);
    expect(figuresQueryInput.safeParse({ from: "2026-05", to: "2026-01" }).success).toBe(false);
  });
});
