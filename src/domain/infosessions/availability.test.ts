import { describe, expect, it } from "vitest";
import { availabilityOf } from "./availability";

describe("availabilityOf", () => {
  it("shows places left, a few left, or full", () => {
    expect(availabilityOf(40, 10)).toEqual({ kind: "available", seatsLeft: 30 });
    expect(availabilityOf(40, 37)).toEqual({ kind: "few", seatsLeft: 3 });
    expect(availabilityOf(100, 91)).toEqual({ kind: "few", seatsLeft: 9 });
    expect(availabilityOf(15, 15)).toEqual({ kind: "full", seatsLeft: 0 });
  });
});
