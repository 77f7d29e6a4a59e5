import type { z } from "zod";

/**
 * Schemas report problems as message keys (`z.string().min(1, "required")`); the page translates
 * them with the `common.validation` messages, so one schema serves every locale, the form and the API.
 */
export const validationKeys = [
  "required",
  "invalid",
  "tooLong",
  "tooShort",
  "invalidEmail",
  "invalidPhone",
  "invalidDate",
  "dateInFuture",
  "dateInPast",
  "yearFourDigits",
  "tooMany",
  "tooFew",
  "consentRequired",
  "contactRequired",
] as const;
export type ValidationKey = (typeof validationKeys)[number];

export type FieldErrors = Record<string, ValidationKey[]>;

/** Groups a zod error's issues by field path (`attendees.0.firstName`), keeping only known keys. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    const key: ValidationKey = (validationKeys as readonly string[]).includes(issue.message)
      ? (issue.message as ValidationKey)
      : fallbackKey(issue.code);
    const keys = (errors[field] ??= []);
    if (!keys.includes(key)) keys.push(key);
  }
  return errors;
}

function fallbackKey(code: string): ValidationKey {
  if (code === "too_big") return "tooLong";
  if (code === "too_small") return "tooShort";
  if (code === "invalid_type") return "required";
  return "invalid";
}
