import "server-only";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";

/** The outbox for the staff page: what is waiting, sent or dead, without message bodies. */
export async function listOutbox(actor: Actor, take = 200) {
  await authorize(actor, "outbox.read");
  return db().outboxMessage.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, idempotencyKey: true, template: true, toAddress: true, locale: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, sentAt: true, createdAt: true },
  });
}
