import "server-only";
import { invitationValidDays } from "@/domain/accounts";
import { resetLinkMinutes } from "../auth/password-reset-mail";
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
    where: {
      OR: [
        { status: "SENT", sentAt: { lt: before } },
        { status: "DEAD", createdAt: { lt: before } },
      ],
    },
  });
  return count + (await expireUnsentStaffMail(now));
}

/**
 * Staff mail that could not be sent while its link worked (an invitation's days, a reset's hour) is
 * deleted unsent: it carries a way into an account, and nobody can use it any more.
 */
export async function expireUnsentStaffMail(now: Date = new Date()): Promise<number> {
  const { count } = await db().outboxMessage.deleteMany({
    where: {
      status: { not: "SENT" },
      OR: [
        {
          template: "staff-invite",
          createdAt: { lt: new Date(now.getTime() - invitationValidDays * 86_400_000) },
        },
        {
          template: "staff-password-reset",
          createdAt: { lt: new Date(now.getTime() - resetLinkMinutes * 60_000) },
        },
      ],
    },
  });
  return count;
}
