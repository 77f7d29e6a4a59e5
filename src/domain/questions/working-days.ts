import Holidays from "date-holidays";
import { brusselsDate, fromBrusselsLocal } from "../time/brussels";

/**
 * Response targets count working days: Monday to Friday, Belgian public holidays excluded, in
 * Brussels time. The holidays come from `date-holidays` (maintained, with Easter-based dates),
 * not from a hand-written list; only its "public" days count, not observances such as 26 December.
 */
export const defaultFirstAnswerWorkingDays = 2;

const belgium = new Holidays("BE");
const holidaysByYear = new Map<number, Set<string>>();

function publicHolidays(year: number): Set<string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Set(
      belgium
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public")
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}

/** Whether a calendar date (YYYY-MM-DD) is a working day in Belgium. */
export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(Number(date.slice(0, 4))).has(date);
}

const nextDate = (date: string) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The deadline for something asked at `askedAt` that must be done within `workingDays` working
 * days: the end of the Nth working day after the day it was asked (Brussels time). A question sent
 * on Friday with a 2-day target is due at the end of Tuesday.
 */
export function workingDaysDeadline(askedAt: Date, workingDays: number): Date {
  let date = brusselsDate(askedAt);
  for (let counted = 0; counted < workingDays;) {
    date = nextDate(date);
    if (isWorkingDay(date)) counted++;
  }
  // The instant the next calendar day starts in Brussels.
  return fromBrusselsLocal(`${nextDate(date)}T00:00`);
}
