import "server-only";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { recordAudit } from "../audit";
import { db } from "../db";

/** The outbox for the staff page: what is waiting, sent or dead, without message bodies. */
export async function listOutbox(actor: Actor, take = 200) {
  await authorize(actor, "outbox.read");
  const messages = await db().outboxMessage.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      idempotencyKey: true,
      template: true,
      toAddress: true,
      locale: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastError: true,
      sentAt: true,
      createdAt: true,
    },
  });
  // Recipient addresses are shown: the read is audited like any other list of personal data.
  await recordAudit(
    db(),
    actor,
    "READ",
    { type: "OutboxMessage" },
    { list: true, messageIds: messages.map((message) => message.id) },
  );
  return messages;
}
