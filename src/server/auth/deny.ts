import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { recordAudit } from "../audit";
import type { Actor } from "./actor";
import { db } from "../db";
import { AppError } from "../errors";

/**
 * Refuses access to a record outside the actor's scope. Answered as NOT_FOUND so that another
 * organisation's ids reveal nothing; audited on its own connection, so the caller's rolled-back
 * transaction does not take the DENIED event with it.
 */
export async function denyAsNotFound(
  actor: Actor,
  entity: { type: string; id?: string },
  detail: Prisma.InputJsonValue,
): Promise<never> {
  await recordAudit(db(), actor, "DENIED", entity, detail);
  throw new AppError("NOT_FOUND");
}
