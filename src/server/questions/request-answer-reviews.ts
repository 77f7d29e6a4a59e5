import "server-only";
import { db } from "../db";

/** Months after which a published answer asks its author for a review (as facts do). */
export const reviewAfterMonths = 12;

/** The moment before which an answer last reviewed is due for review again. */
export function reviewDueBefore(now: Date): Date {
  const before = new Date(now);
  before.setUTCMonth(before.getUTCMonth() - reviewAfterMonths);
  return before;
}

/**
 * Mails the author of each published answer last reviewed over 12 months ago, once: the row is
 * stamped in the same transaction as the outbox message, and a review clears the stamp (so the next
 * period asks again). The outbox key also carries the review date, in case a round is retried.
 * Runs in the background loop; the answers page lists the same answers.
 */
export async function requestAnswerReviews(now = new Date()): Promise<number> {
  const due = await db().publishedAnswer.findMany({
    where: {
      status: "PUBLISHED",
      reviewRequestedAt: null,
      lastReviewedAt: { lte: reviewDueBefore(now) },
      author: { active: true },
    },
    select: { id: true, lastReviewedAt: true, author: { select: { email: true } } },
    orderBy: { lastReviewedAt: "asc" },
    take: 200,
  });
  let requested = 0;
  for (const answer of due) {
    await db().$transaction(async (tx) => {
      const claimed = await tx.publishedAnswer.updateMany({
        where: { id: answer.id, reviewRequestedAt: null },
        data: { reviewRequestedAt: now },
      });
      if (claimed.count === 0) return;
      await tx.outboxMessage.createMany({
        data: [
          {
            idempotencyKey: `answer-review:${answer.id}:${answer.lastReviewedAt?.getTime() ?? 0}`,
            template: "answer-review",
            toAddress: answer.author.email,
            locale: "nl",
            payload: { answersPath: "/nl/staff/answers" },
          },
        ],
        skipDuplicates: true,
      });
      requested += 1;
    });
  }
  return requested;
}
