import "server-only";
import { can } from "@/domain/permissions";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";

/**
 * Interpreter requests: an AgII administrator sees every request to handle; a caseworker sees their
 * own organisation's, with the status. The purpose is shown, but never the person's details.
 */
export async function listInterpreterRequests(actor: Actor) {
  const handles = can(actor.role, "interpreters.handle");
  await authorize(actor, handles ? "interpreters.handle" : "interpreters.request", {
    type: "InterpreterRequest",
  });
  const requests = await db().interpreterRequest.findMany({
    where: handles ? {} : { organisationId: actor.organisationId },
    select: {
      id: true,
      language: true,
      startsAt: true,
      durationMinutes: true,
      mode: true,
      location: true,
      purpose: true,
      status: true,
      interpreterName: true,
      declineReason: true,
      createdAt: true,
      organisation: { select: { name: true } },
      requestedBy: { select: { name: true } },
    },
    orderBy: [{ startsAt: "asc" }],
    take: 200,
  });
  await recordAudit(
    db(),
    actor,
    "READ",
    { type: "InterpreterRequest" },
    { list: true, count: requests.length },
  );
  return { requests, handles };
}
