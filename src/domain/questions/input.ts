import { z } from "zod";
import { questionTopics, supportRegions } from "./topics";

/** Schemas for the questions area, shared by the forms, the actions and the use-cases. */
const text = (min: number, max: number) =>
  z.string().trim().min(1, "required").min(min, "tooShort").max(max, "tooLong");
const expectedVersion = z.coerce.number("invalid").int("invalid").positive("invalid");

export const askQuestionInput = z.object({
  topic: z.enum(questionTopics, "required"),
  title: text(5, 160),
  body: text(20, 4000),
  // Empty means "my own municipality"; the use-case checks what the asker may choose.
  municipalityNis: z.union([z.literal(""), z.string().regex(/^\d{5}$/, "invalid")]).optional(),
});
export type AskQuestionInput = z.input<typeof askQuestionInput>;

export const questionStepInput = z.discriminatedUnion("move", [
  z.object({ move: z.literal("take"), questionId: z.uuid("invalid"), version: expectedVersion }),
  z.object({
    move: z.enum(["answer", "askBack", "reply"]),
    questionId: z.uuid("invalid"),
    version: expectedVersion,
    body: text(2, 8000),
  }),
  z.object({
    move: z.literal("pass"),
    questionId: z.uuid("invalid"),
    version: expectedVersion,
    body: text(2, 2000),
    topic: z.enum(questionTopics, "required"),
    region: z.enum(supportRegions, "required"),
  }),
  z.object({ move: z.enum(["close", "reopen"]), questionId: z.uuid("invalid"), version: expectedVersion }),
]);
export type QuestionStepInput = z.input<typeof questionStepInput>;

export const proposeAnswerInput = z.object({
  questionId: z.uuid("invalid").optional(),
  topic: z.enum(questionTopics, "required"),
  title: text(5, 160),
  question: text(20, 4000),
  answer: text(20, 8000),
});
export type ProposeAnswerInput = z.input<typeof proposeAnswerInput>;

export const answerSearchInput = z.object({
  text: z.string().trim().max(200, "tooLong").optional().default(""),
  topic: z
    .union([z.literal(""), z.enum(questionTopics)])
    .optional()
    .default(""),
});

/** An adviser's profile as an administrator sets it: the topics and regions whose questions they get. */
export const adviserProfileInput = z.object({
  userId: z.string().trim().min(1).max(100),
  topics: z.array(z.enum(questionTopics)).max(questionTopics.length),
  regions: z.array(z.enum(supportRegions)).max(supportRegions.length),
});

/** The first-answer target of one topic, in working days (the default is 2). */
export const topicTargetInput = z.object({
  topic: z.enum(questionTopics),
  workingDays: z.coerce.number().int().min(1).max(20),
});
