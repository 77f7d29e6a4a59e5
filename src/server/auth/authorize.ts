import "server-only";
import { can, type Permission } from "@/domain/permissions";
import { recordAudit } from "../audit";
import { db } from "../db";
import { AppError } from "../errors";
import type { Actor } from "./actor";

/**
 * The check every use-case makes before it touches data. A refusal is written to the audit log
 * (who tried what), then reported as FORBIDDEN.
 */
export async function authorize(
  actor: Actor,
  permission: Permission,
  entity?: { type: string; id?: string },
): Promise<void> {
  if (can(actor.role, permission)) return;
  await recordAudit(db(), actor, "DENIED", entity ?? { type: "permission" }, { permission });
  throw new AppError("FORBIDDEN");
}
