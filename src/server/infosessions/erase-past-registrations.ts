import "server-only";
import { retention } from "@/domain/facts/portal";
import { monthsBefore } from "@/domain/time/months-before";
import { recordAudit } from "../audit";
import { db } from "../db";

/**
 * Keeps the privacy statement's promise: registrations are deleted at the latest
 * `retention.registrationMonthsAfterSession` months after their session. What figures count stays
 * (the row with its status, seats, municipality and dates); who registered goes: the contact's name,
 * e-mail, phone and the key derived from them, the attendees' names and birth years, the
 * registrant's own idempotency key, and the mail queued for them (it holds their address).
 * Batched, rows claimed with SKIP LOCKED, so several instances may run it side by side.
 */
export async function erasePastRegistrations(now = new Date(), batchSize = 500): Promise<number> {
  // Sessions that ended before this moment have had their registrations kept long enough.
  const cutoff = monthsBefore(now, retention.registrationMonthsAfterSession);
  let total = 0;
  for (;;) {
    const count = await db().$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT r.id FROM "Registration" r JOIN "Infosession" s ON s.id = r."sessionId"
        WHERE s."endsAt" < ${cutoff} AND r."contactKey" NOT LIKE 'erased:%'
        LIMIT ${batchSize}
        FOR UPDATE OF r SKIP LOCKED`;
      const ids = due.map((row) => row.id);
      if (ids.length === 0) return 0;
      await tx.$executeRaw`
        UPDATE "Registration" SET "contactName" = '—', "contactEmail" = NULL, "contactPhone" = '—',
          "contactKey" = 'erased:' || id::text, "idempotencyKey" = NULL, "updatedAt" = ${now}
        WHERE id = ANY(${ids}::uuid[])`;
      await tx.attendee.deleteMany({ where: { registrationId: { in: ids } } });
      await tx.$executeRaw`DELETE FROM "OutboxMessage" WHERE payload->>'registrationId' = ANY(${ids}::text[])`;
      await recordAudit(
        tx,
        null,
        "ERASE",
        { type: "Registration" },
        { registrationIds: ids, count: ids.length, cutoff: cutoff.toISOString() },
      );
      return ids.length;
    });
    total += count;
    if (count < batchSize) return total;
  }
}
