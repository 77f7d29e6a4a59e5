import { z } from "zod";

/**
 * The four questions of the eligibility check, as the GET form sends them. Every value is a short
 * code, never free text, so nothing a person types can end up in a URL except a date.
 */
export const nationalities = ["ukrainian", "otherCountry", "stateless"] as const;
export const statusesInUkraine = [
  "internationalProtection",
  "permanentResidence",
  "otherResidence",
  "none",
] as const;
export const safeReturnAnswers = ["yes", "no", "unsure"] as const;
export const familyTies = ["none", "spouseOrPartner", "minorChild", "dependentRelative"] as const;

export type Nationality = (typeof nationalities)[number];
export type StatusInUkraine = (typeof statusesInUkraine)[number];
export type SafeReturn = (typeof safeReturnAnswers)[number];
export type FamilyTie = (typeof familyTies)[number];

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => (issue.input === undefined || issue.input === "" ? "required" : "invalid"),
  });

/** Empty form fields arrive as "" and mean "not answered". */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), choice(values).optional());

/**
 * Builds the schema for "today" (a Brussels calendar date, YYYY-MM-DD), so a leaving date in the
 * future is refused without the schema reading the clock itself.
 */
export function eligibilityAnswers(today: string) {
  return z
    .object({
      nationality: choice(nationalities),
      statusInUkraine: optionalChoice(statusesInUkraine),
      safeReturn: optionalChoice(safeReturnAnswers),
      leftOn: z
        .string({ error: "required" })
        .trim()
        .min(1, "required")
        .refine(isRealDate, "invalidDate")
        .refine((value) => !isRealDate(value) || value <= today, "dateInFuture"),
      familyTie: choice(familyTies),
    })
    .superRefine(
      (answers, context) => {
        // Only people who are not Ukrainian are asked about their status in Ukraine, and only permanent
        // residents about a safe return; the form shows every question, so these are checked here.
        const notUkrainian = answers.nationality === "otherCountry" || answers.nationality === "stateless";
        if (notUkrainian && answers.statusInUkraine === undefined) {
          context.addIssue({ code: "custom", path: ["statusInUkraine"], message: "required" });
        }
        if (
          notUkrainian &&
          answers.statusInUkraine === "permanentResidence" &&
          answers.safeReturn === undefined
        ) {
          context.addIssue({ code: "custom", path: ["safeReturn"], message: "required" });
        }
      },
      // Run even when another answer is wrong, so the form lists every problem at once.
      { when: () => true },
    );
}

export type EligibilityAnswers = z.infer<ReturnType<typeof eligibilityAnswers>>;

/** The raw answers as strings, to put back into the form after an error. */
export type RawAnswers = Partial<Record<keyof EligibilityAnswers, string>>;

export function rawAnswersFrom(query: Record<string, string | string[] | undefined>): RawAnswers {
  const fields = ["nationality", "statusInUkraine", "safeReturn", "leftOn", "familyTie"] as const;
  const raw: RawAnswers = {};
  for (const field of fields) {
    const value = query[field];
    const first = Array.isArray(value) ? value[0] : value;
    // A date is the longest answer; anything longer is not one of ours and is not echoed back.
    if (typeof first === "string" && first.length <= 32) raw[field] = first;
  }
  return raw;
}
