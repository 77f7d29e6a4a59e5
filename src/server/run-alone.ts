import "server-only";
import { db } from "./db";

/**
 * Runs `work` only if no other instance is running the job of the same name at this moment: a
 * PostgreSQL advisory lock held by a transaction for the length of the work (and released by the
 * server if this instance dies). For jobs that do not claim rows one by one (pruning, retention).
 */
export async function runAlone<T>(
  job: string,
  work: () => Promise<T>,
): Promise<{ ran: true; result: T } | { ran: false }> {
  return db().$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(hashtext(${`welkom:${job}`})::bigint) AS "locked"`;
      if (!row?.locked) return { ran: false as const };
      return { ran: true as const, result: await work() };
    },
    // Retention over many rows may take minutes; the lock must outlive it.
    { maxWait: 10_000, timeout: 30 * 60_000 },
  );
}
