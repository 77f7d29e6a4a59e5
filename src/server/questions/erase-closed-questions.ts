import "server-only";
import { closedQuestionRetentionMonths } from "@/domain/questions/retention";
import { monthsBefore } from "@/domain/time/months-before";
import { recordAudit } from "../audit";
import { db } from "../db";

/**
 * Deletes questions closed more than 24 months ago, with their thread (cascade) and pending mail
 * about them. Answers published from them stay, without the link. Batched with SKIP LOCKED, so
 * several instances may run it side by side.
 */
export async function eraseClosedQuestions(now = new Date(), batchSize = 500): Promise<number> {
  const cutoff = monthsBefore(now, closedQuestionRetentionMonths);
  let total = 0;
  for (;;) {
    const count = await db().$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Question" WHERE "status" = 'CLOSED' AND "closedAt" < ${cutoff}
        LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
      const ids = due.map((row) => row.id);
      if (ids.length === 0) return 0;
      await tx.question.deleteMany({ where: { id: { in: ids } } });
      await tx.$executeRaw`DELETE FROM "OutboxMessage" WHERE "template" = 'question-update' AND split_part("idempotencyKey", ':', 2) = ANY(${ids}::text[])`;
      await recordAudit(
        tx,
        null,
        "ERASE",
        { type: "Question" },
        { questionIds: ids, count: ids.length, cutoff: cutoff.toISOString() },
      );
      return ids.length;
    });
    total += count;
    if (count < batchSize) return total;
  }
}
