/**
 * Facts keep calendar dates as ISO strings (YYYY-MM-DD). Formatting one as midnight UTC would show
 * the day before in time zones west of UTC; noon UTC is the same calendar day in every zone within
 * ±11 hours, Brussels included.
 */
export function calendarDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO calendar date: ${iso}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw new Error(`No such day: ${iso}`);
  return date;
}
