import "server-only";
import type { InterpreterRequestInput } from "@/domain/interpreters/request";
import { fromBrusselsLocal } from "@/domain/time/brussels";
import { authorize } from "../auth/authorize";
import { personsOfOwnOrganisation } from "../auth/scopes";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";
import { AppError } from "../errors";

/** A caseworker asks for a social interpreter; a linked person must be one of their organisation's. */
export async function requestInterpreter(
  actor: Actor,
  input: InterpreterRequestInput,
  now = new Date(),
): Promise<{ id: string }> {
  await authorize(actor, "interpreters.request", { type: "InterpreterRequest" });
  const startsAt = fromBrusselsLocal(input.startsAt);
  if (Number.isNaN(startsAt.getTime()))
    throw new AppError("INVALID_INPUT", undefined, { startsAt: ["invalidDate"] });
  if (startsAt <= now) throw new AppError("INVALID_INPUT", undefined, { startsAt: ["dateInPast"] });
  return db().$transaction(async (tx) => {
    if (input.personId) {
      const person = await tx.person.findFirst({
        where: { id: input.personId, ...personsOfOwnOrganisation(actor) },
        select: { id: true },
      });
      if (!person) throw new AppError("INVALID_INPUT", undefined, { personId: ["invalid"] });
    }
    const request = await tx.interpreterRequest.create({
      data: {
        organisationId: actor.organisationId,
        requestedById: actor.userId,
        personId: input.personId ?? null,
        language: input.language,
        startsAt,
        durationMinutes: input.durationMinutes,
        mode: input.mode,
        location: input.mode === "ON_SITE" ? (input.location ?? null) : null,
        purpose: input.purpose,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, "CREATE", { type: "InterpreterRequest", id: request.id });
    return request;
  });
}
