import { z } from "zod";
import { locales } from "../locale";
import { infosessionSeries, regions } from "./topics";

/**
 * An administrator's session form. Start time is typed in Brussels time (`YYYY-MM-DDTHH:mm`, as a
 * datetime-local input sends it); the server turns it into UTC.
 */
export const sessionInput = z.object({
  series: z.enum(infosessionSeries, "required"),
  language: z.enum(locales, "required"),
  region: z.enum(regions, "required"),
  startsAtLocal: z.string("required").regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "invalidDate"),
  durationMinutes: z.coerce.number("required").int("invalid").min(15, "tooShort").max(480, "tooLong"),
  capacity: z.coerce.number("required").int("invalid").min(1, "tooFew").max(1000, "tooMany"),
  meetingUrl: z
    .string("required")
    .trim()
    .max(500, "tooLong")
    .pipe(z.url({ protocol: /^https$/, error: "invalid" })),
});

export type SessionInput = z.infer<typeof sessionInput>;

/** Brussels wall-clock time to a UTC instant (handles summer time; a time skipped by the clock change moves forward). */
export function brusselsLocalToUtc(local: string): Date {
  const asUtc = new Date(`${local}:00Z`);
  const offsetAt = (instant: Date) => {
    const parts = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Brussels",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    }).formatToParts(instant);
    const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    return (
      Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) - instant.getTime()
    );
  };
  const first = new Date(asUtc.getTime() - offsetAt(asUtc));
  return new Date(asUtc.getTime() - offsetAt(first));
}

/** A UTC instant as Brussels wall-clock time for a datetime-local input. */
export function utcToBrusselsLocal(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Brussels",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}
