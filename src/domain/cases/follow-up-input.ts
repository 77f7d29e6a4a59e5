import { z } from "zod";
import { brusselsDate } from "../time/brussels";
import { blankToUndefined, checkbox, optionalText, requiredDate, uuid } from "./form-fields";

/** A wall-clock time in Brussels (the `<input type="time">` value), optional. */
const optionalTime = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "invalid")
    .optional(),
);

/**
 * A follow-up conversation planned from the person's page: the date, optionally a time, what it is
 * for, and whether an interpreter is needed (which leads on to an interpreter request). A date in the
 * past is a slip more often than a record of a talk already held, so it needs its own confirmation.
 */
export const followUpPlanInput = z
  .object({
    personId: uuid,
    dueOn: requiredDate,
    dueTime: optionalTime,
    purpose: optionalText(200),
    interpreterNeeded: checkbox,
    pastDateConfirmed: checkbox,
  })
  .superRefine((input, context) => {
    if (!input.pastDateConfirmed && isPast(input.dueOn))
      context.addIssue({ code: "custom", path: ["dueOn"], message: "dateInPast" });
  });
export type FollowUpPlanInput = z.infer<typeof followUpPlanInput>;

/** Marking a follow-up as held records what came of it. */
export const followUpDoneInput = z.object({
  followUpId: uuid,
  outcome: optionalText(500),
});
export type FollowUpDoneInput = z.infer<typeof followUpDoneInput>;

function isPast(date: string, now = new Date()): boolean {
  return date < brusselsDate(now);
}

/**
 * Where an interpreter request for a follow-up starts: the follow-up's date and time (Brussels wall
 * clock), 09:00 when no time was agreed, as the interpreter form's `startsAt` value.
 */
export function interpreterStartFor(dueOn: string, dueTime: string | null | undefined): string {
  return `${dueOn}T${dueTime || "09:00"}`;
}
