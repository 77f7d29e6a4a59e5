import "server-only";
import { z } from "zod";
import { infosessionSeries, regions } from "@/domain/infosessions/topics";
import { locales } from "@/domain/locale";

/**
 * The shapes of the public API's answers and query strings, in one place: the OpenAPI document is
 * generated from them (openapi.ts) and the routes' answers are checked against them in the tests.
 * Request bodies use the domain's own schemas (registrationInput), as the public form does.
 */

/** GET /infosessions's query string: each filter is optional, and an unknown value means "any". */
export const catalogueQuery = z.object({
  language: z.enum(locales).optional(),
  region: z.enum(regions).optional(),
  series: z.enum(infosessionSeries).optional(),
  from: z.iso
    .date()
    .meta({
      description: "Sessions starting on or after this day (Brussels time). Unknown values are ignored.",
    })
    .optional(),
});

export const sessionSummary = z.object({
  id: z.uuid(),
  series: z.enum(infosessionSeries),
  language: z.enum(locales),
  region: z.enum(regions),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  capacity: z.int(),
  seatsLeft: z.int(),
  waitlistLength: z.int().meta({ description: "Registrations waiting (not seats)." }),
  status: z
    .enum(["available", "few", "full"])
    .meta({ description: "full: a new registration joins the waiting list." }),
});

export const sessionList = z.object({ sessions: z.array(sessionSummary) });

export const registration = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  status: z.enum(["confirmed", "waitlisted", "cancelled"]),
  seats: z.int().min(1),
  waitlistPosition: z
    .int()
    .min(1)
    .meta({ description: "Only when waitlisted: 1 is next in line." })
    .optional(),
  manageUrl: z
    .url()
    .meta({
      description:
        "Private link to view, cancel or move the registration. Its token is shown only here and in the registrant's e-mail; a replay (200) has none.",
    })
    .optional(),
});

export const registrationResult = z.object({
  registration,
  followUpRegistration: registration.optional(),
});

export const cancellation = z.object({
  registration: z.object({ id: z.uuid(), status: z.literal("cancelled") }),
});

export const apiError = z.object({
  error: z.string().meta({ description: "A stable code, e.g. invalid_input, not_found, rate_limited." }),
  message: z.string().meta({ description: "For people, in the caller's language." }),
  fields: z
    .record(z.string(), z.array(z.string()))
    .meta({ description: "Only for invalid input: messages per field path (e.g. attendees.0.birthYear)." })
    .optional(),
});
