import "server-only";
import { interpreterTransition, type InterpreterHandling } from "@/domain/interpreters/request";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { denyAsNotFound } from "../auth/deny";
import { db } from "../db";
import { AppError } from "../errors";

/** An AgII administrator assigns an interpreter to a request, confirms it, or declines it with a reason. */
export async function handleInterpreterRequest(
  actor: Actor,
  { requestId, handling }: { requestId: string; handling: InterpreterHandling },
): Promise<void> {
  await authorize(actor, "interpreters.handle", { type: "InterpreterRequest", id: requestId });
  await db().$transaction(async (tx) => {
    const request = await tx.interpreterRequest.findUnique({
      where: { id: requestId },
      select: { id: true, status: true },
    });
    if (!request)
      return denyAsNotFound(
        actor,
        { type: "InterpreterRequest", id: requestId },
        { action: handling.action },
      );
    const move = interpreterTransition(request.status, handling.action);
    if (!move) throw new AppError("CONFLICT", "statusStepNotAllowed");
    const updated = await tx.interpreterRequest.updateMany({
      where: { id: request.id, status: request.status },
      data: {
        status: move.to,
        handledById: actor.userId,
        ...(handling.action === "assign" ? { interpreterName: handling.interpreterName } : {}),
        ...(handling.action === "decline" ? { declineReason: handling.reason } : {}),
      },
    });
    if (updated.count === 0) throw new AppError("STALE_EDIT");
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "InterpreterRequest", id: request.id },
      { from: request.status, to: move.to },
    );
  });
}

/** The requesting organisation withdraws a request that is not yet confirmed. */
export async function cancelInterpreterRequest(actor: Actor, requestId: string): Promise<void> {
  await authorize(actor, "interpreters.request", { type: "InterpreterRequest", id: requestId });
  await db().$transaction(async (tx) => {
    const request = await tx.interpreterRequest.findFirst({
      where: { id: requestId, organisationId: actor.organisationId },
      select: { id: true, status: true },
    });
    if (!request)
      return denyAsNotFound(actor, { type: "InterpreterRequest", id: requestId }, { action: "cancel" });
    const move = interpreterTransition(request.status, "cancel");
    if (!move) throw new AppError("CONFLICT", "statusStepNotAllowed");
    const updated = await tx.interpreterRequest.updateMany({
      where: { id: request.id, status: request.status },
      data: { status: "CANCELLED" },
    });
    if (updated.count === 0) throw new AppError("STALE_EDIT");
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "InterpreterRequest", id: request.id },
      { from: request.status, to: "CANCELLED" },
    );
  });
}
