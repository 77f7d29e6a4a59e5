import "server-only";
import { env } from "@/env";
import { db } from "../db";
import { log } from "../log";
import { renderOutboxMessage, UndeliverableMessage } from "./templates";
import { mailConfigured, sendMail } from "./transport";

type Claimed = {
  id: string;
  idempotencyKey: string;
  template: string;
  toAddress: string;
  locale: string;
  payload: unknown;
  attempts: number;
};

// A claimed message is leased for this long; if the sender dies mid-send, another run picks it up.
const leaseMs = 5 * 60_000;
const maxBackoffMs = 6 * 3_600_000;

export const retryDelayMs = (attempts: number, baseMs: number) =>
  Math.min(maxBackoffMs, baseMs * 2 ** Math.max(0, attempts - 1));

export type ClaimedMessage = Claimed;

/**
 * Sends what is due from the outbox: claims a batch with FOR UPDATE SKIP LOCKED (so instances never
 * take the same row), leases it, sends each message, and marks it SENT, or schedules a retry with
 * exponential back-off, or DEAD after OUTBOX_MAX_ATTEMPTS (at once when no retry can help: an unknown
 * template or a payload that does not fit it). Without SMTP_URL nothing is sent.
 */
export async function sendDueMail(
  batch = 20,
  now: Date = new Date(),
): Promise<{ sent: number; failed: number }> {
  if (!mailConfigured()) return { sent: 0, failed: 0 };
  return drainOutbox("MAIL", batch, now, deliver);
}

/**
 * One round of one channel's sender (MAIL or SMS: each has its own loop and transport); `afterBatch`
 * closes what the batch opened (an SMPP bind).
 */
export async function drainOutbox(
  channel: "MAIL" | "SMS",
  batch: number,
  now: Date,
  deliver: (message: Claimed) => Promise<void>,
  afterBatch?: () => Promise<void>,
): Promise<{ sent: number; failed: number }> {
  const claimed = await db().$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET "attempts" = "attempts" + 1, "nextAttemptAt" = ${new Date(now.getTime() + leaseMs)}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage" WHERE "status" = 'PENDING' AND "channel" = ${channel}::"OutboxChannel" AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "idempotencyKey", "template", "toAddress", "locale", "payload", "attempts"`;
  let sent = 0;
  let failed = 0;
  try {
    for (const message of claimed) {
      try {
        await deliver(message);
        // A sealed token has done its work once sent: it does not stay for the 30 days a sent row is kept.
        await db()
          .$executeRaw`UPDATE "OutboxMessage" SET "status" = 'SENT', "sentAt" = ${new Date()}, "lastError" = NULL, "payload" = "payload" - 'sealedToken' WHERE "id" = ${message.id}::uuid`;
        sent++;
      } catch (error) {
        failed++;
        const dead = error instanceof UndeliverableMessage || message.attempts >= env().OUTBOX_MAX_ATTEMPTS;
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        await db().outboxMessage.update({
          where: { id: message.id },
          data: {
            status: dead ? "DEAD" : "PENDING",
            lastError: reason,
            nextAttemptAt: new Date(Date.now() + retryDelayMs(message.attempts, env().OUTBOX_RETRY_BASE_MS)),
          },
        });
        log.warn("outbox.send_failed", {
          channel,
          messageId: message.id,
          template: message.template,
          attempts: message.attempts,
          dead,
        });
      }
    }
  } finally {
    if (claimed.length > 0) await afterBatch?.();
  }
  if (claimed.length > 0) log.info("outbox.batch", { channel, claimed: claimed.length, sent, failed });
  return { sent, failed };
}

async function deliver(message: Claimed): Promise<void> {
  const mail = await renderOutboxMessage(message);
  if (mail) await sendMail(mail);
}
