import { describe, expect, it } from "vitest";
import { sortTimeline } from "./timeline";

describe("a person's timeline", () => {
  it("shows the newest first and keeps the given order for ties", () => {
    const at = (day: number) => new Date(Date.UTC(2026, 0, day));
    const sorted = sortTimeline([
      { at: at(1), kind: "recorded" },
      { at: at(3), kind: "intake", status: "DRAFT" },
      { at: at(3), kind: "referral", type: "WORK", status: "SENT" },
      { at: at(2), kind: "followUp", status: "DONE" },
    ]);
    expect(sorted.map((entry) => entry.kind)).toEqual(["intake", "referral", "followUp", "recorded"]);
  });
});
