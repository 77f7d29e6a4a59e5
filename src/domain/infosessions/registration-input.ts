import { z } from "zod";
import { currentNisCode } from "../municipalities/ceased-codes";
import { locales } from "../locale";

/**
 * What a registration needs, for the public form and the JSON API alike. Messages are validation
 * keys (see domain/validation.ts); field paths (`contact.email`, `attendees.0.birthYear`) are also
 * the form's input names, so an error lands beside the field that caused it.
 */
export const maxAttendees = 12;
export const registrantTypes = ["SELF", "HOST_FAMILY", "VOLUNTEER", "CASEWORKER", "OTHER"] as const;
export type RegistrantType = (typeof registrantTypes)[number];

// Control characters (NUL above all, which PostgreSQL refuses) never belong in a name.
const text = (max: number) =>
  z
    .string("required")
    .trim()
    .min(1, "required")
    .max(max, "tooLong")
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), "invalid");

const contact = z
  .object({
    name: text(100),
    email: z.string("invalidEmail").trim().max(254, "tooLong").pipe(z.email("invalidEmail")).optional(),
    // Digits with the usual separators and an optional leading +; 8 to 15 digits as in E.164.
    phone: z
      .string("invalidPhone")
      .trim()
      .max(30, "tooLong")
      .regex(/^\+?[0-9][0-9 ()./-]*$/, "invalidPhone")
      .refine((value) => {
        const digits = value.replace(/\D/g, "").length;
        return digits >= 8 && digits <= 15;
      }, "invalidPhone")
      .optional(),
  })
  .refine((value) => value.email !== undefined || value.phone !== undefined, {
    message: "contactRequired",
    path: ["email"],
  })
  .meta({ description: "At least one of email and phone." });

const attendee = z.object({
  firstName: text(60),
  // "16" for 2016 is the usual slip on a phone: the message asks for four digits with an example.
  birthYear: z
    .number("required")
    .int("yearFourDigits")
    .min(1900, "yearFourDigits")
    .refine((year) => year <= new Date().getUTCFullYear(), "dateInFuture"),
});

export const registrationInput = z.object({
  sessionId: z.uuid("required"),
  /** A series-2 session booked in the same step as a series-1 session. */
  followUpSessionId: z
    .uuid("invalid")
    .meta({
      description:
        "A series-2 session in the same language, booked together with a series-1 session: both confirmed or both waitlisted.",
    })
    .optional(),
  registrantType: z.enum(registrantTypes, "required").default("SELF"),
  contact,
  locale: z.enum(locales, "required").meta({ description: "Language of the e-mails and of error messages." }),
  // A code that ceased in the 2025 mergers (an older app, a saved form) is read as its successor's.
  municipalityNis: z
    .string("invalid")
    .regex(/^\d{5}$/, "invalid")
    .transform(currentNisCode)
    .optional(),
  attendees: z.array(attendee, "required").min(1, "tooFew").max(maxAttendees, "tooMany"),
  consent: z.literal(true, "consentRequired"),
  /** At least 16 characters: a short key is easy to guess and replay. */
  idempotencyKey: z
    .string("invalid")
    .regex(/^[A-Za-z0-9_-]{16,100}$/, "invalid")
    .meta({
      description:
        "Repeating a request with the same key returns the first result (200, without manageUrl) instead of registering twice. Use an unpredictable key.",
    })
    .optional(),
});

export type RegistrationInput = z.infer<typeof registrationInput>;

/** The normalised e-mail (else phone) that identifies a contact: one active registration each per session. */
export function contactKeyOf(contact: { email?: string; phone?: string }): string {
  if (contact.email) return `email:${contact.email.trim().toLowerCase()}`;
  const phone = contact.phone ?? "";
  return `phone:${phone.trim().startsWith("+") ? "+" : ""}${phone.replace(/\D/g, "")}`;
}
