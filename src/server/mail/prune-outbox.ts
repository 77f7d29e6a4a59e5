import "server-only";
import { db } from "../db";

/** How long a sent or dead message stays visible on the staff outbox page, for questions like "did my mail go?". */
export const keepFinishedMailDays = 30;

/**
 * Deletes messages that were sent or gave up more than `keepFinishedMailDays` ago: each holds an
 * address, and nothing needs it any more (every event that queues mail happens once, so the
 * idempotency key has done its work long before).
 */
export async function pruneFinishedMail(now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - keepFinishedMailDays * 86_400_000);
  const { count } = await db().outboxMessage.deleteMany({
    where: { OR: [{ status: "SENT", sentAt: { lt: before } }, { status: "DEAD", createdAt: { lt: before } }] },
  });
  return count;
}
