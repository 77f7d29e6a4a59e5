import { z } from "zod";
import { brusselsDate } from "../time/brussels";

/**
 * Building blocks for staff forms, which post strings: an empty field means "not given", and every
 * problem is reported as a message key (see src/domain/validation.ts).
 */
export const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === ""
    ? undefined
    : typeof value === "string"
      ? value.trim()
      : value;

export const requiredText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.string("required").min(1, "required").max(max, "tooLong"),
  );

export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().max(max, "tooLong").optional());

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "invalidDate");

/** A calendar date (yyyy-mm-dd) that may be left empty. */
export const optionalDate = z.preprocess(blankToUndefined, isoDate.optional());
export const requiredDate = z.preprocess(blankToUndefined, z.string("required").pipe(isoDate));

/** A calendar date as stored in a `@db.Date` column (midnight UTC). */
export const toDbDate = (value: string) => new Date(`${value}T00:00:00Z`);
export const fromDbDate = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

export const notInFuture = (value: string | undefined, now = new Date()) =>
  value === undefined || value <= brusselsDate(now);

export const optionalEmail = z.preprocess(
  blankToUndefined,
  z.email("invalidEmail").max(200, "tooLong").optional(),
);
export const optionalPhone = z.preprocess(
  blankToUndefined,
  z
    .string()
    .max(40, "tooLong")
    .regex(/^\+?[0-9 ()./-]{6,}$/, "invalidPhone")
    .optional(),
);

export const checkbox = z.preprocess(
  (value) => value === "on" || value === "true" || value === true,
  z.boolean(),
);

export const uuid = z.uuid("invalid");
