import { displayTimeZone } from "./time-zone";

const isoDateInBrussels = new Intl.DateTimeFormat("en-CA", {
  timeZone: displayTimeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date (YYYY-MM-DD) in Brussels at `date`: "today" for a person in Belgium, whatever the server's zone. */
export function brusselsDate(date: Date): string {
  return isoDateInBrussels.format(date);
}
