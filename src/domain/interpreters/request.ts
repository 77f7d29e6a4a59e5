import { z } from "zod";

export const interpreterModes = ["ON_SITE", "PHONE", "VIDEO"] as const;
export const interpreterStatuses = ["REQUESTED", "ASSIGNED", "CONFIRMED", "DECLINED", "CANCELLED"] as const;
export type InterpreterMode = (typeof interpreterModes)[number];
export type InterpreterStatus = (typeof interpreterStatuses)[number];

/** Languages asked for most by people from Ukraine first; others are typed as ISO 639-1 codes. */
export const interpreterLanguages = ["uk", "ru", "en", "pl", "ro", "hu", "be", "ka", "hy"] as const;

/** `datetime-local` form value (Brussels wall-clock time): YYYY-MM-DDTHH:MM. */
export const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "invalidDate");

export const interpreterRequestInput = z
  .object({
    language: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2,3}$/, "invalid"),
    startsAt: localDateTime,
    durationMinutes: z.coerce.number("required").int("invalid").min(15, "tooFew").max(480, "tooMany"),
    mode: z.enum(interpreterModes, "required"),
    location: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      z.string().trim().max(200, "tooLong").optional(),
    ),
    purpose: z.string().trim().min(3, "tooShort").max(500, "tooLong"),
    personId: z.preprocess((value) => (value === "" ? undefined : value), z.uuid("invalid").optional()),
  })
  // The planner cannot send someone on site without an address.
  .superRefine((input, context) => {
    if (input.mode === "ON_SITE" && !input.location)
      context.addIssue({ code: "custom", path: ["location"], message: "required" });
  });

/**
 * The language as typed: a code from the list, or a language's name in the form's locale
 * ("Oekraïens" → "uk"), so a name is understood rather than cut to three letters.
 */
export function languageCodeOf(typed: unknown, locale: string): unknown {
  if (typeof typed !== "string") return typed;
  const wanted = typed.trim().toLocaleLowerCase(locale);
  const names = new Intl.DisplayNames([locale], { type: "language" });
  const named = interpreterLanguages.find((code) => names.of(code)?.toLocaleLowerCase(locale) === wanted);
  return named ?? typed;
}
export type InterpreterRequestInput = z.infer<typeof interpreterRequestInput>;

/** What an AgII administrator does with a request; a requester can only withdraw an open one. */
export const interpreterHandling = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("assign"),
    interpreterName: z.string().trim().min(2, "tooShort").max(120, "tooLong"),
  }),
  z.object({ action: z.literal("confirm") }),
  z.object({
    action: z.literal("decline"),
    reason: z.string().trim().min(3, "tooShort").max(500, "tooLong"),
  }),
]);
export type InterpreterHandling = z.infer<typeof interpreterHandling>;

const moves: Record<
  InterpreterHandling["action"] | "cancel",
  { from: readonly InterpreterStatus[]; to: InterpreterStatus }
> = {
  assign: { from: ["REQUESTED", "ASSIGNED"], to: "ASSIGNED" },
  confirm: { from: ["ASSIGNED"], to: "CONFIRMED" },
  decline: { from: ["REQUESTED", "ASSIGNED"], to: "DECLINED" },
  cancel: { from: ["REQUESTED", "ASSIGNED"], to: "CANCELLED" },
};

/** The status a request moves to, or null when the action does not apply in its current status. */
export function interpreterTransition(
  from: InterpreterStatus,
  action: keyof typeof moves,
): { from: readonly InterpreterStatus[]; to: InterpreterStatus } | null {
  const move = moves[action];
  return move.from.includes(from) ? move : null;
}
