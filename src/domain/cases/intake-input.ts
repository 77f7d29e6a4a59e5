import { z } from "zod";
import { checkbox, optionalText, requiredDate } from "./form-fields";

export const needTopics = [
  "DUTCH_LESSONS",
  "SCHOOLING_OF_MINORS",
  "CHILDREN",
  "WORK",
  "STUDY_OR_TRAINING",
  "HEALTH_AND_WELLBEING",
  "HOUSING",
  "OTHER",
] as const;
export const informationTopics = [
  "CHILDREN",
  "WORK",
  "STUDY_OR_TRAINING",
  "HEALTH_AND_WELLBEING",
  "HOUSING",
  "CIVIC_INTEGRATION",
  "OTHER",
] as const;
/** Referrals an intake records as a simple row; NT2 has its own workflow and page. */
export const simpleReferralTypes = [
  "EDUCATION",
  "WORK",
  "HEALTH",
  "HOUSING",
  "INTERPRETER",
  "OTHER",
] as const;

export const intakeSteps = ["needs", "information", "referrals", "follow-up"] as const;
export type IntakeStep = (typeof intakeSteps)[number];

const topicNotes = <T extends readonly [string, ...string[]]>(topics: T) =>
  z
    .array(z.object({ topic: z.enum(topics, "invalid"), note: optionalText(500) }))
    .superRefine((rows, context) => {
      const seen = new Set<string>();
      rows.forEach((row, index) => {
        if (seen.has(row.topic))
          context.addIssue({ code: "custom", path: [index, "topic"], message: "invalid" });
        seen.add(row.topic);
      });
    });

/** Step 1: the needs, by topic, each with a short note. */
export const intakeNeedsInput = z.object({ needs: topicNotes(needTopics) });
/** Step 2: what the person was told, by topic. */
export const intakeInformationInput = z.object({ information: topicNotes(informationTopics) });
/** Step 3: simple referrals made from the intake. */
export const intakeReferralsInput = z
  .object({
    referrals: z
      .array(z.object({ type: z.enum(simpleReferralTypes, "invalid"), note: optionalText(500) }))
      .max(simpleReferralTypes.length, "tooMany"),
    /** The person agreed that their situation is shared with the service they are referred to. */
    consent: checkbox,
  })
  .refine((input) => input.referrals.length === 0 || input.consent, {
    path: ["consent"],
    message: "consentRequired",
  });
/** Step 4: the follow-up conversation; left empty, none is planned. */
export const intakeFollowUpInput = z.object({
  followUpOn: z.preprocess((value) => (value === "" ? undefined : value), requiredDate.optional()),
  followUpCaseworkerId: optionalText(100),
});

export const intakeStartInput = z.object({ conductedOn: requiredDate });

export type IntakeNeedsInput = z.infer<typeof intakeNeedsInput>;
export type IntakeInformationInput = z.infer<typeof intakeInformationInput>;
export type IntakeReferralsInput = z.infer<typeof intakeReferralsInput>;
export type IntakeFollowUpInput = z.infer<typeof intakeFollowUpInput>;
