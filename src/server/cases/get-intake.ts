import "server-only";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { intakeScope, isOwnOrganisation } from "../auth/scopes";

/** One intake with its notes, for the caseworker filling or reading it. Audited as a READ. */
export async function getIntake(actor: Actor, intakeId: string) {
  await authorize(actor, "intakes.read", { type: "Intake", id: intakeId });
  return db().$transaction(async (tx) => {
    const intake = await tx.intake.findFirst({
      where: { id: intakeId, ...intakeScope(actor) },
      select: {
        id: true,
        status: true,
        version: true,
        conductedOn: true,
        completedAt: true,
        reopenedStep: true,
        organisationId: true,
        caseworker: { select: { name: true } },
        person: { select: { id: true, firstName: true, lastName: true, householdId: true } },
        needs: { select: { topic: true, note: true } },
        information: { select: { topic: true, note: true } },
        referrals: { select: { id: true, type: true, status: true, note: true } },
        followUps: {
          where: { status: "PLANNED" },
          select: { id: true, dueOn: true, caseworkerId: true, caseworker: { select: { name: true } } },
          take: 1,
        },
      },
    });
    if (!intake) return denyAsNotFound(actor, { type: "Intake", id: intakeId }, { action: "read" });
    await recordAudit(
      tx,
      actor,
      "READ",
      { type: "Intake", id: intake.id },
      { personId: intake.person.id, fields: ["needs", "information", "referrals", "followUps"] },
    );
    return intake;
  });
}

export type IntakeDetails = Awaited<ReturnType<typeof getIntake>>;

/**
 * The active infosession bookings of the intake's person, for the answers' infosession row (check
 * screen, finished intake): read only where that row is shown, not on every step. Audited as a READ.
 */
export async function getIntakeBookings(actor: Actor, intakeId: string) {
  await authorize(actor, "intakes.read", { type: "Intake", id: intakeId });
  return db().$transaction(async (tx) => {
    const intake = await tx.intake.findFirst({
      where: { id: intakeId, ...intakeScope(actor) },
      select: {
        person: {
          select: {
            id: true,
            registrations: {
              where: { status: { in: ["CONFIRMED", "WAITLISTED"] } },
              select: {
                id: true,
                status: true,
                session: { select: { series: true, region: true, language: true, startsAt: true } },
              },
              orderBy: { createdAt: "desc" },
              take: 5,
            },
          },
        },
      },
    });
    if (!intake) return denyAsNotFound(actor, { type: "Intake", id: intakeId }, { action: "read" });
    const { registrations } = intake.person;
    await recordAudit(
      tx,
      actor,
      "READ",
      { type: "Person", id: intake.person.id },
      { view: "intake-bookings", registrationIds: registrations.map((registration) => registration.id) },
    );
    return registrations;
  });
}

/** Colleagues a follow-up can be assigned to: active caseworkers and administrators of the intake's organisation. */
export async function listFollowUpCaseworkers(actor: Actor, organisationId: string) {
  await authorize(actor, "followUps.manage", { type: "User" });
  if (!isOwnOrganisation(actor, organisationId)) return [];
  return db().user.findMany({
    where: { organisationId, active: true, role: { in: ["CASEWORKER", "ADMIN"] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
