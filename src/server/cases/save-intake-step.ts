import "server-only";
import {
  intakeFollowUpInput,
  intakeInformationInput,
  intakeNeedsInput,
  intakeReferralsInput,
  type IntakeStep,
} from "@/domain/cases/intake-input";
import { toDbDate } from "@/domain/cases/form-fields";
import { expectedVersion } from "@/domain/versioned";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { denyAsNotFound } from "../auth/deny";
import { parseInput } from "../parse-input";
import { intakeScope } from "../auth/scopes";

type ScopedIntake = { id: string; personId: string; organisationId: string };

/**
 * Saves one step of an intake as it stands, so that a half-filled intake survives leaving the
 * page: every step submit is a draft save. Steps can be saved in any order and again later.
 * `version` is the intake's version when the form was opened: if a colleague saved the
 * intake since, the save is refused with STALE_EDIT instead of overwriting their work (a form without
 * one, e.g. opened before this check existed, is treated the same). A completed intake is read-only
 * except the one step reopened with `reopenIntakeStep`; saving that step closes it again (`reopened`).
 * Returns the new version.
 */
export async function saveIntakeStep(
  actor: Actor,
  input: { intakeId: string; step: IntakeStep; version: unknown; fields: unknown },
): Promise<{ version: number; reopened: boolean }> {
  const { intakeId, step } = input;
  await authorize(actor, "intakes.write", { type: "Intake", id: intakeId });
  const save = stepSavers[step];
  const parsed = save.parse(input.fields);
  const version = expectedVersion.safeParse(input.version);
  return db().$transaction(async (tx) => {
    const intake = await tx.intake.findFirst({
      where: { id: intakeId, ...intakeScope(actor) },
      select: { id: true, personId: true, organisationId: true, status: true, reopenedStep: true },
    });
    if (!intake) return denyAsNotFound(actor, { type: "Intake", id: intakeId }, { action: "save", step });
    const reopened = intake.status === "COMPLETED";
    if (reopened && intake.reopenedStep !== step) throw new AppError("CONFLICT", "intakeReadOnly");
    // Claims the version first: of two saves from forms opened at the same version, the second waits, then matches no row.
    if (!version.success) throw new AppError("STALE_EDIT");
    const claimed = await tx.intake.updateMany({
      where: { id: intake.id, version: version.data },
      data: { version: { increment: 1 }, ...(reopened ? { reopenedStep: null } : {}) },
    });
    if (claimed.count === 0) throw new AppError("STALE_EDIT");
    const fields = await save.write(tx, actor, intake, parsed);
    await tx.person.update({ where: { id: intake.personId }, data: { lastActivityAt: new Date() } });
    await recordAudit(tx, actor, "UPDATE", { type: "Intake", id: intake.id }, { step, fields });
    return { version: version.data + 1, reopened };
  });
}

type Saver<T> = {
  parse: (input: unknown) => T;
  write: (tx: Tx, actor: Actor, intake: ScopedIntake, input: T) => Promise<string[]>;
};

const needs: Saver<ReturnType<typeof intakeNeedsInput.parse>> = {
  parse: (input) => parseInput(intakeNeedsInput, input),
  async write(tx, _actor, intake, input) {
    await tx.intakeNeed.deleteMany({ where: { intakeId: intake.id } });
    await tx.intakeNeed.createMany({
      data: input.needs.map((need) => ({ intakeId: intake.id, topic: need.topic, note: need.note ?? null })),
    });
    return input.needs.map((need) => `needs.${need.topic}`);
  },
};

const information: Saver<ReturnType<typeof intakeInformationInput.parse>> = {
  parse: (input) => parseInput(intakeInformationInput, input),
  async write(tx, _actor, intake, input) {
    await tx.intakeInformation.deleteMany({ where: { intakeId: intake.id } });
    await tx.intakeInformation.createMany({
      data: input.information.map((row) => ({
        intakeId: intake.id,
        topic: row.topic,
        note: row.note ?? null,
      })),
    });
    return input.information.map((row) => `information.${row.topic}`);
  },
};

/**
 * A referral once suggested is a step towards another service: saving again adds, never deletes. The
 * intake names no receiving organisation, so each is a suggestion (a to-do), never "sent".
 */
const referrals: Saver<ReturnType<typeof intakeReferralsInput.parse>> = {
  parse: (input) => parseInput(intakeReferralsInput, input),
  async write(tx, actor, intake, input) {
    const existing = await tx.referral.findMany({
      where: { intakeId: intake.id },
      select: { id: true, type: true },
    });
    const made: string[] = [];
    for (const referral of input.referrals) {
      const already = existing.find((row) => row.type === referral.type);
      if (already) {
        await tx.referral.update({
          where: { id: already.id },
          data: { note: referral.note ?? null, version: { increment: 1 } },
        });
        continue;
      }
      const created = await tx.referral.create({
        data: {
          personId: intake.personId,
          intakeId: intake.id,
          type: referral.type,
          fromOrganisationId: intake.organisationId,
          createdById: actor.userId,
          note: referral.note ?? null,
          consentAt: input.consent ? new Date() : null,
          // Nobody receives it yet: a to-do on the caseworker's list until it is sent to an organisation.
          status: "SUGGESTED",
          statusChanges: { create: { toStatus: "SUGGESTED", changedById: actor.userId } },
        },
        select: { id: true },
      });
      await recordAudit(
        tx,
        actor,
        "CREATE",
        { type: "Referral", id: created.id },
        { personId: intake.personId, referralType: referral.type },
      );
      made.push(`referrals.${referral.type}`);
    }
    return made;
  },
};

const followUp: Saver<ReturnType<typeof intakeFollowUpInput.parse>> = {
  parse: (input) => parseInput(intakeFollowUpInput, input),
  async write(tx, actor, intake, input) {
    const planned = await tx.followUp.findFirst({
      where: { intakeId: intake.id, status: "PLANNED" },
      select: { id: true },
    });
    if (!input.followUpOn) {
      if (planned) await tx.followUp.update({ where: { id: planned.id }, data: { status: "CANCELLED" } });
      return planned ? ["followUp.cancelled"] : [];
    }
    const caseworkerId = input.followUpCaseworkerId ?? actor.userId;
    // The follow-up goes to a colleague of the intake's organisation, never to someone outside it.
    const colleague = await tx.user.findFirst({
      where: {
        id: caseworkerId,
        organisationId: intake.organisationId,
        active: true,
        role: { in: ["CASEWORKER", "ADMIN"] },
      },
      select: { id: true },
    });
    if (!colleague && caseworkerId !== actor.userId)
      throw new AppError("INVALID_INPUT", undefined, { followUpCaseworkerId: ["invalid"] });
    const data = { dueOn: toDbDate(input.followUpOn), caseworkerId };
    if (planned) await tx.followUp.update({ where: { id: planned.id }, data });
    else await tx.followUp.create({ data: { ...data, intakeId: intake.id, personId: intake.personId } });
    return ["followUp.dueOn", "followUp.caseworkerId"];
  },
};

/** Forgets a saver's input type, which its own `parse` guarantees. */
const untyped = <T>(saver: Saver<T>): Saver<unknown> => ({
  parse: saver.parse,
  write: (tx, actor, intake, input) => saver.write(tx, actor, intake, input as T),
});

const stepSavers: Record<IntakeStep, Saver<unknown>> = {
  needs: untyped(needs),
  information: untyped(information),
  referrals: untyped(referrals),
  "follow-up": untyped(followUp),
};
