import { describe, expect, it } from "vitest";
import { chosenTopics, intakeScreens, screenAfter } from "./intake-screens";

describe("intake screens", () => {
  it("puts the infosession on its own screen after the referrals, and ends on the check screen", () => {
    expect(screenAfter("referrals")).toBe("infosession");
    expect(screenAfter("infosession")).toBe("follow-up");
    expect(screenAfter("follow-up")).toBe("check");
    expect(screenAfter("check")).toBe("check");
    expect(intakeScreens.at(-1)).toBe("check");
  });

  it("counts a topic with a note as chosen, ticked or not, and ignores blank notes", () => {
    expect(chosenTopics(["WORK"], { HOUSING: "Looking for a flat", WORK: "", OTHER: "  " })).toEqual([
      "WORK",
      "HOUSING",
    ]);
    expect(chosenTopics(["WORK"], { WORK: "Electrician" })).toEqual(["WORK"]);
    expect(chosenTopics([], {})).toEqual([]);
  });
});
