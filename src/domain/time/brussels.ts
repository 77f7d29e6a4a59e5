/**
 * Brussels time, in one place. Every date and time shown to a person is in Brussels time and the
 * database stores UTC; all conversions between the two go through `wallClock` and `offsetMinutes`
 * here, so summer time is handled once.
 */
export const displayTimeZone = "Europe/Brussels";

const wallClockFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: displayTimeZone,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

type WallClock = {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** Minutes after midnight. */
  minutes: number;
};

/** What a clock on a wall in Brussels shows at the instant `at`. */
export function wallClock(at: Date): WallClock {
  const parts = Object.fromEntries(wallClockFormat.formatToParts(at).map((part) => [part.type, part.value]));
  const [year, month, day, hour, minute] = [parts.year, parts.month, parts.day, parts.hour, parts.minute].map(
    (value) => value ?? "00",
  ) as [string, string, string, string, string];
  const sundayFirst = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay();
  return {
    date: `${year}-${month}-${day}`,
    time: `${hour}:${minute}`,
    weekday: (sundayFirst === 0 ? 7 : sundayFirst) as WallClock["weekday"],
    minutes: Number(hour) * 60 + Number(minute),
  };
}

/** Offset of Brussels from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function offsetMinutes(at: Date): number {
  const { date, time } = wallClock(at);
  const asUtc = new Date(`${date}T${time}:00Z`).getTime();
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** Calendar date (YYYY-MM-DD) in Brussels at the given instant: "today" for a person in Belgium. */
export function brusselsDate(at: Date): string {
  return wallClock(at).date;
}

/** An instant as Brussels wall-clock time "YYYY-MM-DDTHH:MM" (the value of a `datetime-local` input). */
export function toBrusselsLocal(at: Date): string {
  const { date, time } = wallClock(at);
  return `${date}T${time}`;
}

/**
 * The instant of a Brussels wall-clock time "YYYY-MM-DDTHH:MM" (a `datetime-local` value). A time the
 * spring clock change skips (02:00–02:59) moves forward an hour; the autumn hour that happens twice
 * (02:00–02:59) means its second, winter-time occurrence.
 */
export function fromBrusselsLocal(value: string): Date {
  const guess = new Date(`${value}:00Z`);
  const first = new Date(guess.getTime() - offsetMinutes(guess) * 60_000);
  // Near a clock change the offset at the guess may differ from the offset at the answer.
  return new Date(guess.getTime() - offsetMinutes(first) * 60_000);
}

/** The UTC instant at which the Brussels calendar day `date` (YYYY-MM-DD), plus `addDays`, begins. */
export function brusselsDayStart(date: string, addDays = 0): Date {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + addDays);
  // Brussels clocks change at 02:00 or 03:00, so midnight always exists exactly once.
  return fromBrusselsLocal(`${day.toISOString().slice(0, 10)}T00:00`);
}
