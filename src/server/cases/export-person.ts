import "server-only";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";

/**
 * Everything held about one person, for a subject access request: their record, household
 * membership, intakes with notes, follow-ups, referrals with status history, infosession
 * registrations, and the audit events about them. Administrators only; audited as EXPORT.
 */
export async function exportPerson(actor: Actor, personId: string) {
  await authorize(actor, "persons.export", { type: "Person", id: personId });
  return db().$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { id: personId, anonymisedAt: null },
      include: {
        municipality: { select: { nameNl: true } },
        organisation: { select: { name: true } },
        household: {
          select: {
            id: true,
            members: { select: { id: true, firstName: true, lastName: true, relationToHead: true } },
          },
        },
        intakes: { include: { needs: true, information: true, caseworker: { select: { name: true } } } },
        followUps: { include: { caseworker: { select: { name: true } } } },
        referrals: {
          include: { statusChanges: true, nt2Profile: true, targetOrganisation: { select: { name: true } } },
        },
        registrations: {
          include: { attendees: true, session: { select: { series: true, language: true, startsAt: true } } },
        },
        interpreterRequests: {
          select: { id: true, language: true, startsAt: true, mode: true, purpose: true, status: true },
        },
      },
    });
    if (!person) return denyAsNotFound(actor, { type: "Person", id: personId }, { action: "export" });
    // Every event about them: on their record, naming them (personId, or among personIds of a list),
    // on their referrals, or on their household.
    const auditTrail = await tx.auditEvent.findMany({
      where: {
        OR: [
          { entityType: "Person", entityId: personId },
          { detail: { path: ["personId"], equals: personId } },
          { detail: { path: ["personIds"], array_contains: [personId] } },
          { entityType: "Referral", entityId: { in: person.referrals.map((referral) => referral.id) } },
          ...(person.householdId ? [{ entityType: "Household", entityId: person.householdId }] : []),
        ],
      },
      select: { at: true, action: true, actorRole: true, entityType: true, entityId: true, detail: true },
      orderBy: { at: "asc" },
    });
    await recordAudit(
      tx,
      actor,
      "EXPORT",
      { type: "Person", id: personId },
      {
        intakes: person.intakes.length,
        followUps: person.followUps.length,
        referrals: person.referrals.length,
        registrations: person.registrations.length,
      },
    );
    const { registrations, ...rest } = person;
    // The registration's manage token hash is a credential, not information about the person.
    const safeRegistrations = registrations.map((registration) => {
      const copy: Partial<typeof registration> = { ...registration };
      delete copy.manageTokenHash;
      delete copy.idempotencyKey;
      return copy;
    });
    return {
      exportedAt: new Date().toISOString(),
      person: { ...rest, registrations: safeRegistrations },
      auditTrail,
    };
  });
}
