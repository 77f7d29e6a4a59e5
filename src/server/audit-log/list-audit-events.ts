import "server-only";
import { auditPageSize, type AuditFilter } from "@/domain/audit-filter";
import { brusselsDayStart } from "@/domain/time/brussels";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";

/**
 * One page of the audit log, newest first. Read-only by construction: the application has no
 * use-case that changes an event, and a database trigger refuses UPDATE and DELETE.
 */
export async function listAuditEvents(actor: Actor, filter: AuditFilter) {
  await authorize(actor, "audit.read", { type: "AuditEvent" });
  const where: Prisma.AuditEventWhereInput = {
    actorUserId: filter.actor,
    action: filter.action,
    entityType: filter.entityType,
    entityId: filter.entityId,
    at: {
      gte: filter.from ? brusselsDayStart(filter.from) : undefined,
      lt: filter.to ? brusselsDayStart(filter.to, 1) : undefined,
    },
  };
  const [events, total] = await Promise.all([
    db().auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * auditPageSize,
      take: auditPageSize,
      select: {
        id: true,
        at: true,
        actorUserId: true,
        actorRole: true,
        action: true,
        entityType: true,
        entityId: true,
        detail: true,
      },
    }),
    db().auditEvent.count({ where }),
  ]);
  return {
    events: events.map((event) => ({ ...event, id: event.id.toString() })),
    total,
    pages: Math.max(1, Math.ceil(total / auditPageSize)),
  };
}

/** Staff names for the filter and the table: the log itself stores only ids. */
export async function listAuditActors(actor: Actor) {
  await authorize(actor, "audit.read", { type: "AuditEvent" });
  return db().user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
