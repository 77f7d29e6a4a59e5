import { describe, expect, it } from "vitest";
import { pickPromotions } from "./waitlist";

const queue = (...sizes: number[]) => sizes.map((seats, index) => ({ id: `r${index}`, seats }));

describe("pickPromotions", () => {
  it("promotes in queue order while seats last", () => {
    expect(pickPromotions(3, queue(1, 1, 1, 1)).map((entry) => entry.id)).toEqual(["r0", "r1", "r2"]);
  });
  it("skips a group that does not fit, keeping it first in line", () => {
    expect(pickPromotions(3, queue(4, 2, 2, 1)).map((entry) => entry.id)).toEqual(["r1", "r3"]);
  });
  it("promotes nobody without free seats", () => {
    expect(pickPromotions(0, queue(1))).toEqual([]);
  });
});
