import "server-only";
import { adviserServes } from "@/domain/questions/routing";
import type { QuestionTopic, SupportRegion } from "@/domain/questions/topics";
import type { Tx } from "../db";

export const questionMailEvents = [
  "asked",
  "passed",
  "answered",
  "askedBack",
  "replied",
  "reopened",
  "closed",
] as const;
export type QuestionMailEvent = (typeof questionMailEvents)[number];

/**
 * Mail about a question, written to the outbox in the same transaction as the step (in Dutch, as
 * AgII works in Dutch). It carries the question's address and what happened, never its text: the
 * page shows that to whoever may see it.
 */
async function enqueue(tx: Tx, to: string, questionId: string, event: QuestionMailEvent, now: Date) {
  await tx.outboxMessage.createMany({
    data: [
      {
        idempotencyKey: `question:${questionId}:${event}:${now.getTime()}:${to}`,
        template: "question-update",
        toAddress: to,
        locale: "nl",
        payload: { event, questionPath: `/nl/staff/questions/${questionId}` },
      },
    ],
    skipDuplicates: true,
  });
}

/** The advisers whose queue the question is in (or the one who took it) hear of a new or passed question or a reply. */
export async function notifyQueue(
  tx: Tx,
  question: { id: string; topic: QuestionTopic; region: SupportRegion; assignedToId?: string | null },
  event: QuestionMailEvent,
  now: Date,
) {
  const advisers = await tx.user.findMany({
    where: question.assignedToId
      ? { id: question.assignedToId, active: true }
      : { role: "AGII_ADVISER", active: true, adviserProfile: { topics: { has: question.topic } } },
    select: { email: true, adviserProfile: { select: { topics: true, regions: true } } },
  });
  for (const adviser of advisers) {
    if (
      !question.assignedToId &&
      !(adviser.adviserProfile && adviserServes(adviser.adviserProfile, question))
    )
      continue;
    await enqueue(tx, adviser.email, question.id, event, now);
  }
}

/** The staff member who asked hears of an answer, a question back or a closing. */
export async function notifyAsker(
  tx: Tx,
  question: { id: string; askedById: string },
  event: QuestionMailEvent,
  now: Date,
) {
  const asker = await tx.user.findUnique({
    where: { id: question.askedById },
    select: { email: true, active: true },
  });
  if (asker?.active) await enqueue(tx, asker.email, question.id, event, now);
}
