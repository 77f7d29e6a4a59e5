import "server-only";
import type { Prisma } from "./generated/prisma/client";
import type { AuditAction } from "./generated/prisma/enums";
import type { Actor } from "./auth/actor";
import type { Tx } from "./db";

/**
 * Writes one audit event in the caller's transaction. `detail` carries ids, field names and
 * counts, never personal values: the audit log must not become a second copy of the data.
 */
export async function recordAudit(
  tx: Tx,
  actor: Actor | null,
  action: AuditAction,
  entity: { type: string; id?: string | null },
  detail?: Prisma.InputJsonValue,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: actor?.userId ?? null,
      actorRole: actor?.role ?? null,
      organisationId: actor?.organisationId ?? null,
      action,
      entityType: entity.type,
      entityId: entity.id ?? null,
      detail,
    },
  });
}
