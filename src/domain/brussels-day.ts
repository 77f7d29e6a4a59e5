import { displayTimeZone } from "./time-zone";

/** The UTC instant at which the Brussels calendar day `date` (YYYY-MM-DD), plus `addDays`, begins. */
export function brusselsDayStart(date: string, addDays = 0): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day + addDays);
  // Brussels is UTC+1 or UTC+2; the offset at UTC midnight is the offset at local midnight except on
  // a switch day, where the error is at most one hour, before any real activity.
  return new Date(utcMidnight - offsetMs(new Date(utcMidnight)));
}

function offsetMs(at: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: displayTimeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    value("year"),
    value("month") - 1,
    value("day"),
    value("hour"),
    value("minute"),
    value("second"),
  );
  return asUtc - at.getTime();
}
