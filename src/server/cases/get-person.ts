import "server-only";
import type { Locale } from "@/domain/locale";
import { can } from "@/domain/permissions";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type {
  InfosessionSeries,
  InfosessionStatus,
  Region,
  RegistrationStatus,
} from "../generated/prisma/enums";
import { hashManageToken, manageTokenFor, manageUrlFor } from "../infosessions/manage-token";
import { denyAsNotFound } from "../auth/deny";
import {
  followUpsOfOwnOrganisation,
  ofOwnOrganisation,
  personScope,
  referralsSentByOwnOrganisation,
} from "../auth/scopes";

const personDetailSelect = {
  id: true,
  version: true,
  organisationId: true,
  firstName: true,
  lastName: true,
  firstNameCyrillic: true,
  lastNameCyrillic: true,
  birthDate: true,
  nationality: true,
  languages: true,
  email: true,
  phone: true,
  municipalityNis: true,
  arrivalDate: true,
  tpCertificateDate: true,
  inNationalRegister: true,
  nationalRegisterDate: true,
  housing: true,
  householdId: true,
  relationToHead: true,
  createdAt: true,
  municipality: { select: { nameNl: true } },
  organisation: { select: { name: true } },
} as const;

/** The person's own fields, for the details page and the edit form. Audited as a READ. */
export const getPerson = (actor: Actor, personId: string) =>
  readPerson(actor, personId, personDetailSelect, "details");

/**
 * Only the name, for a page that shows nothing else of the person (planning a follow-up, starting
 * an intake, asking an interpreter for them): neither read nor audited as a read of the whole record.
 */
export const getPersonName = (actor: Actor, personId: string) =>
  readPerson(actor, personId, { id: true, firstName: true, lastName: true } as const, "name");

async function readPerson<Select extends Prisma.PersonSelect>(
  actor: Actor,
  personId: string,
  select: Select,
  view: string,
): Promise<Prisma.PersonGetPayload<{ select: Select }>> {
  await authorize(actor, "persons.read", { type: "Person", id: personId });
  return db().$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: { id: personId, ...personScope(actor) }, select });
    if (!person) {
      return denyAsNotFound(actor, { type: "Person", id: personId }, { action: "read" });
    }
    await recordAudit(
      tx,
      actor,
      "READ",
      { type: "Person", id: personId },
      { view, fields: Object.keys(select) },
    );
    return person;
  });
}

export type PersonDetails = Awaited<ReturnType<typeof getPerson>>;

/**
 * What happened around a person, for the details page: household, intakes, follow-ups, referrals
 * and infosession registrations, with dates and statuses but no notes. Only for roles that may read
 * intakes (a municipality officer sees the person's own fields only).
 */
export async function getPersonCaseOverview(actor: Actor, personId: string) {
  await authorize(actor, "persons.read", { type: "Person", id: personId });
  const mayReadCases = can(actor.role, "intakes.read");
  const scope = personScope(actor);
  const household = await db().household.findFirst({
    where: { members: { some: { id: personId, ...scope } } },
    select: {
      id: true,
      members: {
        where: scope,
        select: { id: true, firstName: true, lastName: true, relationToHead: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const householdPersonIds = household?.members.map((member) => member.id) ?? [];
  if (!mayReadCases) {
    if (household)
      await recordAudit(
        db(),
        actor,
        "READ",
        { type: "Household", id: household.id },
        { view: "case-overview", personIds: householdPersonIds },
      );
    return { household, intakes: [], followUps: [], referrals: [], registrations: [] };
  }

  const [intakes, followUps, referrals, registrations] = await Promise.all([
    db().intake.findMany({
      where: { personId, person: scope, ...ofOwnOrganisation(actor) },
      select: {
        id: true,
        status: true,
        conductedOn: true,
        completedAt: true,
        caseworker: { select: { name: true } },
        needs: { select: { topic: true } },
      },
      orderBy: { conductedOn: "desc" },
      take: 50,
    }),
    db().followUp.findMany({
      where: {
        personId,
        person: scope,
        ...followUpsOfOwnOrganisation(actor),
      },
      select: {
        id: true,
        dueOn: true,
        dueTime: true,
        purpose: true,
        interpreterNeeded: true,
        outcome: true,
        status: true,
        doneAt: true,
        intakeId: true,
        caseworker: { select: { name: true } },
      },
      orderBy: { dueOn: "desc" },
      take: 50,
    }),
    db().referral.findMany({
      where: {
        personId,
        person: scope,
        ...referralsSentByOwnOrganisation(actor),
      },
      select: { id: true, type: true, status: true, createdAt: true },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
    db().registration.findMany({
      where: {
        person: scope,
        OR: [
          { personId },
          // A caseworker's booking for the whole household is every member's (children included,
          // who need no seat): it is made on one member's record.
          {
            personId: { in: householdPersonIds.filter((id) => id !== personId) },
            forHousehold: true,
          },
        ],
      },
      select: {
        id: true,
        status: true,
        locale: true,
        manageTokenHash: true,
        personId: true,
        session: {
          select: {
            series: true,
            language: true,
            region: true,
            startsAt: true,
            status: true,
            meetingUrl: true,
          },
        },
      },
      orderBy: { createdAt: "desc" },
      take: 20,
    }),
  ]);
  await recordAudit(
    db(),
    actor,
    "READ",
    { type: "Person", id: personId },
    {
      view: "case-overview",
      intakeIds: intakes.map((intake) => intake.id),
      followUpIds: followUps.map((followUp) => followUp.id),
      referralIds: referrals.map((referral) => referral.id),
      registrationIds: registrations.map((registration) => registration.id),
      // Household members' names are on the page too.
      personIds: householdPersonIds,
    },
  );
  return { household, intakes, followUps, referrals, registrations: registrations.map(withLinks) };
}

/**
 * What a caseworker hands to a family without e-mail: the meeting link while the booking is
 * confirmed, and the family's own manage link while it can still change (bookings made before the
 * manage link was derived from the id have none).
 */
function withLinks({
  manageTokenHash,
  session: { meetingUrl, ...session },
  ...registration
}: {
  id: string;
  status: RegistrationStatus;
  locale: Locale;
  manageTokenHash: string;
  personId: string | null;
  session: {
    series: InfosessionSeries;
    language: Locale;
    region: Region;
    startsAt: Date;
    status: InfosessionStatus;
    meetingUrl: string;
  };
}) {
  const active = session.status === "SCHEDULED" && session.startsAt.getTime() > Date.now() - 3 * 3_600_000;
  const hasLink = hashManageToken(manageTokenFor(registration.id)) === manageTokenHash;
  return {
    ...registration,
    session,
    joinUrl: active && registration.status === "CONFIRMED" ? meetingUrl : null,
    manageUrl:
      active && hasLink && ["CONFIRMED", "WAITLISTED"].includes(registration.status)
        ? manageUrlFor(registration.id, registration.locale)
        : null,
  };
}

export type PersonCaseOverview = Awaited<ReturnType<typeof getPersonCaseOverview>>;
