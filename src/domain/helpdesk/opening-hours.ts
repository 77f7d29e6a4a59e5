import type { OpeningSlot } from "../facts/helpdesk";
import { wallClock } from "../time/brussels";

/** The slot the helpdesk is in at `date` (closing time excluded), if any. */
export function currentSlot(slots: readonly OpeningSlot[], date: Date): OpeningSlot | undefined {
  const { weekday, minutes } = wallClock(date);
  return slots.find((slot) => slot.weekday === weekday && slot.opensAt <= minutes && minutes < slot.closesAt);
}

/**
 * Whether the helpdesk answers the phone at `date`, in Brussels time. Public holidays are not known
 * here: the page says so next to the hours.
 */
export function isHelpdeskOpen(slots: readonly OpeningSlot[], date: Date): boolean {
  return currentSlot(slots, date) !== undefined;
}

/** "13:30" for minutes after midnight. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** When the helpdesk next opens after `date`: the Brussels weekday, the opening minute and how many days ahead (0 = today). */
export function nextOpening(
  slots: readonly OpeningSlot[],
  date: Date,
): { weekday: OpeningSlot["weekday"]; opensAt: number; daysAhead: number } | undefined {
  const { weekday, minutes } = wallClock(date);
  for (let daysAhead = 0; daysAhead <= 7; daysAhead++) {
    const day = (((weekday - 1 + daysAhead) % 7) + 1) as OpeningSlot["weekday"];
    const candidates = slots
      .filter((slot) => slot.weekday === day && (daysAhead > 0 || slot.opensAt > minutes))
      .sort((a, b) => a.opensAt - b.opensAt);
    const first = candidates[0];
    if (first) return { weekday: day, opensAt: first.opensAt, daysAhead };
  }
  return undefined;
}
