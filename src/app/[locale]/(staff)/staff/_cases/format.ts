import { displayTimeZone } from "@/domain/time/brussels";

/** A calendar date (stored as midnight UTC) in the reader's language. */
export const formatDate = (locale: string, date: Date | null | undefined) =>
  date ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date) : "";

/** A moment in Brussels time. */
export const formatDateTime = (locale: string, date: Date) =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: displayTimeZone,
  }).format(date);

export const fullName = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName}`;
