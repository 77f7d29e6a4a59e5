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
