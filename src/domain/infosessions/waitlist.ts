/**
 * Who moves up from the waiting list when `freeSeats` become available: first come, first served,
 * skipping a group that does not fit so that a smaller one behind it is not kept waiting for nothing.
 * `waiting` must be in queue order.
 */
export function pickPromotions<T extends { id: string; seats: number }>(
  freeSeats: number,
  waiting: readonly T[],
): T[] {
  const promoted: T[] = [];
  let left = freeSeats;
  for (const entry of waiting) {
    if (left <= 0) break;
    if (entry.seats <= left) {
      promoted.push(entry);
      left -= entry.seats;
    }
  }
  return promoted;
}
