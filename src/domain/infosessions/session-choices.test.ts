import { describe, expect, it } from "vitest";
import { groupSessionsByRegion } from "./session-choices";

const at = (day: number) => new Date(Date.UTC(2026, 11, day, 9));
const sessions = [
  { id: "brussels-8", region: "BRUSSELS" as const, startsAt: at(8) },
  { id: "flanders-12", region: "FLANDERS" as const, startsAt: at(12) },
  { id: "flanders-8", region: "FLANDERS" as const, startsAt: at(8) },
];

describe("groupSessionsByRegion", () => {
  it("puts the person's region first, even when the other region's session is earlier", () => {
    const groups = groupSessionsByRegion(sessions, "FLANDERS");
    expect(groups.map((group) => [group.region, group.preferred])).toEqual([
      ["FLANDERS", true],
      ["BRUSSELS", false],
    ]);
    expect(groups[0]!.sessions.map((session) => session.id)).toEqual(["flanders-8", "flanders-12"]);
  });

  it("puts Brussels first for a Brussels resident, and leaves out a region without sessions", () => {
    expect(groupSessionsByRegion(sessions, "BRUSSELS").map((group) => group.region)).toEqual([
      "BRUSSELS",
      "FLANDERS",
    ]);
    expect(groupSessionsByRegion(sessions.slice(1), "BRUSSELS").map((group) => group.region)).toEqual([
      "FLANDERS",
    ]);
  });

  it("keeps the usual order when the municipality is not known", () => {
    const groups = groupSessionsByRegion(sessions, null);
    expect(groups.map((group) => [group.region, group.preferred])).toEqual([
      ["FLANDERS", false],
      ["BRUSSELS", false],
    ]);
  });
});
