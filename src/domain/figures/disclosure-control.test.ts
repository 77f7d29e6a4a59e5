import { describe, expect, it } from "vitest";
import { protectGroup, protectMonth, protectSplits, protectTotal, unsafeMonths } from "./disclosure-control";
import type { ShownCount } from "./small-numbers";

describe("complementary suppression", () => {
  it("withholds a part whose whole gives a small remainder back", () => {
    expect(
      protectMonth({ persons: 7, inRegister: 5 }, [{ whole: "persons", parts: ["inRegister"] }]),
    ).toEqual({ persons: 7, inRegister: "withheld" });
    expect(
      protectMonth({ persons: 12, inRegister: 5 }, [{ whole: "persons", parts: ["inRegister"] }]),
    ).toEqual({ persons: 12, inRegister: 5 });
    // Attended 5 of 7 with no-show 2: "7 − 5" would be the hidden no-show.
    expect(
      protectMonth({ all: 7, attended: 5, noShow: 2 }, [{ whole: "all", parts: ["attended", "noShow"] }]),
    ).toEqual({ all: 7, attended: "withheld", noShow: "< 5" });
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

describe("one total split several ways", () => {
  /** Each split's cell values that fit what was shown, for a total of `total`. */
  function fits(shown: readonly ShownCount[], total: number): number[][] {
    const ranges = shown.map((cell) =>
      typeof cell === "number"
        ? [cell]
        : cell === "< 5"
          ? [1, 2, 3, 4]
          : Array.from({ length: Math.max(0, total - 4) }, (_, i) => i + 5),
    );
    const out: number[][] = [];
    const walk = (index: number, acc: number[], sum: number) => {
      if (sum > total) return;
      if (index === ranges.length) return void (sum === total && out.push(acc));
      for (const value of ranges[index]!) walk(index + 1, [...acc, value], sum + value);
    };
    walk(0, [], 0);
    return out;
  }

  /** The attacker: every total for which every split fits, and the values each hidden cell can take. */
  function valuesOfHiddenCells(shown: readonly ShownCount[][], upTo: number): Set<number>[][] {
    const values = shown.map((split) => split.map(() => new Set<number>()));
    for (let total = 1; total <= upTo; total++) {
      const worlds = shown.map((split) => fits(split, total));
      if (worlds.some((fitting) => fitting.length === 0)) continue;
      worlds.forEach((fitting, s) =>
        fitting.forEach((world) => world.forEach((value, c) => values[s]![c]!.add(value))),
      );
    }
    return values;
  }

  it("leaves no hidden cell that the other splits, the total and the visible cells pin down", () => {
    const pages = [
      [[3, 20], [23]],
      [[2, 7, 9], [10, 8], [18]],
      [[1, 1, 12], [14]],
      [[4, 5, 6], [15]],
      [
        [2, 2, 30],
        [20, 14],
      ],
      [[1, 5], [6]],
      [[4, 4], [8]],
      [[0, 3, 8, 40], [51], [20, 31]],
      [[1, 2, 3, 50], [56]],
    ];
    for (const splits of pages) {
      const shown = protectSplits(splits);
      const total = splits[0]!.reduce((sum, count) => sum + count, 0);
      const values = valuesOfHiddenCells(shown, total + 12);
      shown.forEach((split, s) =>
        split.forEach((cell, c) => {
          if (typeof cell === "number") return;
          expect(
            values[s]![c]!.has(splits[s]![c]!),
            `${JSON.stringify(splits)} → ${JSON.stringify(shown)}`,
          ).toBe(true);
          expect(
            values[s]![c]!.size,
            `${JSON.stringify(splits)} → ${JSON.stringify(shown)}, split ${s} cell ${c}`,
          ).toBeGreaterThan(1);
        }),
      );
    }
  });

  it("shows every cell when none is small", () => {
    expect(protectSplits([[0, 5, 12], [17]])).toEqual([[0, 5, 12], [17]]);
  });
});
