import { isSmall, suppressSmall, withheldLabel, type ShownCount } from "./small-numbers";

/**
 * Complementary suppression for everyone but administrators. Hiding a cell under 5 is not enough
 * when another number on the page (or on a page for another period) lets it be worked out by
 * subtraction. The rules, each closing one way back:
 * - Monthly cells are the only published unit. A total over months is shown only when every month
 *   in it is shown exactly; otherwise total minus the visible months gives the hidden one.
 * - A part of a monthly count (in the national register of persons; attended and no-show of
 *   registrations) is withheld when any part or the unpublished remainder is small, so whole minus
 *   parts never yields a small number.
 * - Breakdowns over a period (referrals by type and status, NT2 demand) are sums of monthly cells
 *   too. A month in which any breakdown cell is small is "unsafe"; a group that has referrals in an
 *   unsafe month is withheld for every period containing it. Two overlapping periods then differ by
 *   safe months only, and the breakdown cannot be subtracted from the monthly referral count.
 * - Running totals since the start (official vs recorded) are not shown: two consecutive months give
 *   the month's exact new count.
 * What remains derivable is a sum of counts that are 0 or at least 5.
 */

export type Relation<K extends string> = { whole: K; parts: readonly K[] };

/** Shows one month's counts, withholding parts whose whole would give a small number back. */
export function protectMonth<K extends string>(
  counts: Record<K, number>,
  relations: readonly Relation<NoInfer<K>>[],
): Record<K, ShownCount> {
  const shown = Object.fromEntries(
    Object.entries<number>(counts).map(([key, value]) => [key, suppressSmall(value)]),
  ) as Record<K, ShownCount>;
  for (const { whole, parts } of relations) {
    const remainder = counts[whole] - parts.reduce((sum, part) => sum + counts[part], 0);
    if (!isSmall(remainder) && !parts.some((part) => isSmall(counts[part]))) continue;
    for (const part of parts)
      if (typeof shown[part] === "number" && shown[part] !== 0) shown[part] = withheldLabel;
  }
  return shown;
}

/** A total over shown monthly cells: exact only when every one of them is a number. */
export function protectTotal(exactCells: readonly number[], shownCells: readonly ShownCount[]): ShownCount {
  const total = exactCells.reduce((sum, value) => sum + value, 0);
  if (shownCells.every((cell) => typeof cell === "number")) return total;
  return isSmall(total) ? suppressSmall(total) : withheldLabel;
}

/** One breakdown group's counts per month of the span (index 0 is the span's first month). */
export type GroupCells = { perMonth: readonly number[] };

/** Months (by index) in which any cell of any of the given breakdowns is small. */
export function unsafeMonths(breakdowns: readonly (readonly GroupCells[])[]): Set<number> {
  const unsafe = new Set<number>();
  for (const groups of breakdowns)
    for (const { perMonth } of groups)
      perMonth.forEach((count, month) => isSmall(count) && unsafe.add(month));
  return unsafe;
}

/** A breakdown group's total over the span, withheld when it has referrals in an unsafe month. */
export function protectGroup({ perMonth }: GroupCells, unsafe: ReadonlySet<number>): ShownCount {
  const total = perMonth.reduce((sum, value) => sum + value, 0);
  if (isSmall(total)) return suppressSmall(total);
  return perMonth.some((count, month) => count > 0 && unsafe.has(month)) ? withheldLabel : total;
}

/**
 * One total split several ways on one page (questions by topic, by region and by month): any fully
 * shown split gives the total, so hiding a single small cell is not enough (total minus the other
 * cells gives it back), nor are two hidden cells whose sum pins both. Within each split the smallest
 * shown cells are withheld as well, until no hidden cell can be worked out from the visible ones, the
 * total, and what the labels say ("< 5" is 1 to 4, "withheld" is 5 or more). Where a split cannot be
 * protected that way (a total of 6 as 1 + 5), every cell of every split is hidden, so no split gives
 * the total away.
 */
export function protectSplits(splits: readonly (readonly number[])[]): ShownCount[][] {
  const protectedSplits = splits.map(protectSplit);
  if (protectedSplits.every((split) => split !== undefined)) return protectedSplits;
  return splits.map((counts) =>
    counts.map((count) => (count === 0 ? 0 : isSmall(count) ? suppressSmall(count) : withheldLabel)),
  );
}

/** One split protected on its own, or undefined when even hiding every cell leaves one pinned. */
function protectSplit(counts: readonly number[]): ShownCount[] | undefined {
  const shown = counts.map(suppressSmall);
  const small = counts.filter(isSmall);
  if (small.length === 0) return shown;
  const withheld: number[] = [];
  const hiddenSum = () => [...small, ...withheld].reduce((sum, count) => sum + count, 0);
  while (!hiddenCellsAmbiguous(small.length, withheld.length, hiddenSum())) {
    const next = shown.reduce<number | undefined>(
      (best, cell, index) =>
        typeof cell === "number" && cell > 0 && (best === undefined || cell < counts[best]!) ? index : best,
      undefined,
    );
    if (next === undefined) return undefined;
    withheld.push(counts[next]!);
    shown[next] = withheldLabel;
  }
  return shown;
}

/**
 * With `small` cells known to be 1–4 and `withheld` cells known to be at least 5 adding up to `sum`,
 * can every one of them still take two values? (The largest a small cell can be is the sum less the
 * least the others can be; the smallest, the sum less the most the others can be.)
 */
function hiddenCellsAmbiguous(small: number, withheld: number, sum: number): boolean {
  const smallest = withheld > 0 ? 1 : Math.max(1, sum - 4 * (small - 1));
  const largest = Math.min(4, sum - (small - 1) - 5 * withheld);
  const withheldLargest = sum - small - 5 * (withheld - 1);
  return largest > smallest && (withheld === 0 || withheldLargest > 5);
}
