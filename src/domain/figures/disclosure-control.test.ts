import { describe, expect, it } from "vitest";
import { protectGroup, protectMonth, protectTotal, unsafeMonths } from "./disclosure-control";

describe("complementary suppression", () => {
  it("withholds a part whose whole gives a small remainder back", () => {
    expect(protectMonth({ persons: 7, inRegister: 5 }, [{ whole: "persons", parts: ["inRegister"] }])).toEqual({ persons: 7, inRegister: "withheld" });
    expect(protectMonth({ persons: 12, inRegister: 5 }, [{ whole: "persons", parts: ["inRegister"] }])).toEqual({ persons: 12, inRegister: 5 });
    // Attended 5 of 7 with no-show 2: "7 − 5" would be the hidden no-show.
    expect(protectMonth({ all: 7, attended: 5, noShow: 2 }, [{ whole: "all", parts: ["attended", "noShow"] }])).toEqual({ all: 7, attended: "withheld", noShow: "< 5" });
  });

  it("shows a total only when every month in it is shown exactly", () => {
    expect(protectTotal([6, 3, 0], [6, "< 5", 0])).toBe("withheld");
    expect(protectTotal([6, 0, 5], [6, 0, 5])).toBe(11);
    expect(protectTotal([0, 3], [0, "< 5"])).toBe("< 5");
  });

  it("withholds every breakdown group with referrals in a month where any group is small, so the monthly count cannot be split", () => {
    const health = { perMonth: [0, 2] };
    const nt2 = { perMonth: [6, 5] };
    const unsafe = unsafeMonths([[health, nt2]]);
    expect([...unsafe]).toEqual([1]);
    // October's 7 referrals minus NT2's 5 would give HEALTH's 2.
    expect(protectGroup(nt2, unsafe)).toBe("withheld");
    expect(protectGroup({ perMonth: [6] }, unsafeMonths([[{ perMonth: [6] }]]))).toBe(6);
    expect(protectGroup(health, unsafe)).toBe("< 5");
  });
});
