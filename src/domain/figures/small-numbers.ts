/**
 * Counts under 5 can point at one family in a small municipality, so outside the administrators'
 * view they are shown as "< 5". Suppression happens on the server, before numbers reach a page or
 * an export, so the exact value never leaves it.
 */
export const smallNumberThreshold = 5;
export const suppressedLabel = "< 5";
/**
 * A count that could be worked out into a hidden one by subtraction (a total over a month shown as
 * "< 5", a part whose remainder is small): withheld, see `disclosure-control.ts`.
 */
export const withheldLabel = "withheld";

export type ShownCount = number | typeof suppressedLabel | typeof withheldLabel;

export const isSmall = (count: number) => count > 0 && count < smallNumberThreshold;

export function suppressSmall(count: number): ShownCount {
  return isSmall(count) ? suppressedLabel : count;
}

/**
 * A share is shown only when both of its counts are: "3 of 40" would otherwise leak through "7.5%".
 * Returns a fraction between 0 and 1, or null when there is nothing to divide or it is suppressed.
 */
export function shownShare(part: ShownCount, whole: ShownCount): number | null {
  if (typeof part !== "number" || typeof whole !== "number" || whole === 0) return null;
  return part / whole;
}

/** Applies suppression to every count of a record, leaving other fields alone. */
export function suppressCounts<T extends Record<string, unknown>, K extends keyof T>(
  record: T,
  countKeys: readonly K[],
): Omit<T, K> & Record<K, ShownCount> {
  const copy: Record<string, unknown> = { ...record };
  for (const key of countKeys) copy[key as string] = suppressSmall(Number(record[key]));
  return copy as Omit<T, K> & Record<K, ShownCount>;
}
