import { describe, expect, it } from "vitest";
import { checkLocallySources, rightsComparison, rightTopics, statuses } from "./rights";

describe("rights comparison", () => {
  it("has a cell for every topic and status", () => {
    for (const topic of rightTopics) {
      expect(Object.keys(rightsComparison.value[topic]).sort()).toEqual([...statuses].sort());
    }
  });

  it("names a source for every row people must check locally", () => {
    for (const topic of rightTopics) {
      const mustCheck = statuses.some((status) => rightsComparison.value[topic][status].checkLocally);
      expect(Boolean(checkLocallySources.value[topic]), topic).toBe(mustCheck);
    }
  });

  it("keeps OCMW support and family allowance marked as general rules to check", () => {
    for (const status of statuses) {
      expect(rightsComparison.value.socialWelfare[status].checkLocally).toBe(true);
      expect(rightsComparison.value.familyAllowance[status].checkLocally).toBe(true);
    }
  });
});
