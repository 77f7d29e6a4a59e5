import { displayTimeZone } from "../time-zone";

/** Calendar date (YYYY-MM-DD) in Brussels at the given instant. */
export function brusselsDate(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: displayTimeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

/** Offset of Brussels from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: displayTimeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant of a Brussels wall-clock time "YYYY-MM-DDTHH:MM" (a `datetime-local` value). */
export function fromBrusselsLocal(value: string): Date {
  const guess = new Date(`${value}:00Z`);
  const first = new Date(guess.getTime() - offsetMinutes(guess) * 60_000);
  // Near a clock change the offset at the guess may differ from the offset at the answer.
  return new Date(guess.getTime() - offsetMinutes(first) * 60_000);
}
