/**
 * Test data for persons, households and intakes, created through Prisma in the test's own database.
 * Staff actors are real users (intakes and follow-ups reference them) returned as `Actor`s.
 */
import { randomUUID } from "node:crypto";
import { searchNameOf } from "@/domain/cases/transliteration";
import type { StaffRole } from "@/domain/permissions";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import type { OrganisationType } from "@/server/generated/prisma/enums";

let nextNis = 90000 + Math.floor(Math.random() * 5000);
/** A fresh municipality code per call, so worlds in one test file do not see each other's persons. */
export const aNisCode = () => String(nextNis++);

export async function aMunicipality(nisCode: string, nameNl = `Gemeente ${nisCode}`) {
  return db().municipality.upsert({
    where: { nisCode },
    update: {},
    create: { nisCode, nameNl, region: "FLANDERS" },
  });
}

export async function anOrganisation(options: { type?: OrganisationType; municipalityNis?: string } = {}) {
  if (options.municipalityNis) await aMunicipality(options.municipalityNis);
  return db().organisation.create({
    data: {
      name: `Organisation ${randomUUID().slice(0, 8)}`,
      type: options.type ?? "OCMW",
      municipalityNis: options.municipalityNis ?? null,
    },
  });
}

/** A staff member of `organisation` with `role`, as the Actor a use-case receives. */
export async function anActor(
  role: StaffRole,
  organisation: { id: string; municipalityNis: string | null },
): Promise<Actor> {
  const user = await db().user.create({
    data: {
      name: `${role} ${randomUUID().slice(0, 6)}`,
      email: `${randomUUID()}@staff.test`,
      role,
      organisationId: organisation.id,
    },
  });
  return {
    userId: user.id,
    role,
    organisationId: organisation.id,
    municipalityNis: organisation.municipalityNis,
  };
}

type PersonOverrides = Partial<{
  firstName: string;
  lastName: string;
  firstNameCyrillic: string | null;
  lastNameCyrillic: string | null;
  birthDate: Date | null;
  municipalityNis: string | null;
  email: string | null;
  phone: string | null;
  lastActivityAt: Date;
  householdId: string | null;
}>;

export async function aPerson(organisationId: string, overrides: PersonOverrides = {}) {
  const names = {
    firstName: overrides.firstName ?? "Olena",
    lastName: overrides.lastName ?? "Kovalenko",
    firstNameCyrillic: overrides.firstNameCyrillic ?? null,
    lastNameCyrillic: overrides.lastNameCyrillic ?? null,
  };
  if (overrides.municipalityNis) await aMunicipality(overrides.municipalityNis);
  return db().person.create({
    data: { organisationId, ...names, searchName: searchNameOf(names), languages: ["uk"], ...overrides },
  });
}

export async function anIntake(
  person: { id: string; organisationId: string },
  caseworker: Actor,
  options: { needNote?: string } = {},
) {
  return db().intake.create({
    data: {
      personId: person.id,
      organisationId: person.organisationId,
      caseworkerId: caseworker.userId,
      conductedOn: new Date("2026-03-02T00:00:00Z"),
      needs: { create: [{ topic: "DUTCH_LESSONS", note: options.needNote ?? "Wants evening classes" }] },
    },
  });
}

export async function anInfosession(options: { capacity?: number; startsAt?: Date } = {}) {
  const startsAt = options.startsAt ?? new Date(Date.now() + 7 * 24 * 3600 * 1000);
  return db().infosession.create({
    data: {
      series: "SERIES_1",
      language: "uk",
      region: "FLANDERS",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000),
      capacity: options.capacity ?? 20,
      meetingUrl: "https://meet.example/session",
    },
  });
}

/**
 * The cast of a scoping test: two organisations in two municipalities, and every role.
 * `person` belongs to the Ghent OCMW and lives in Ghent.
 */
export async function aCaseWorld() {
  const ghentNis = aNisCode();
  const leuvenNis = aNisCode();
  const ghentOcmw = await anOrganisation({ type: "OCMW", municipalityNis: ghentNis });
  const leuvenOcmw = await anOrganisation({ type: "OCMW", municipalityNis: leuvenNis });
  const ghentCity = await anOrganisation({ type: "MUNICIPALITY", municipalityNis: ghentNis });
  const leuvenCity = await anOrganisation({ type: "MUNICIPALITY", municipalityNis: leuvenNis });
  const agii = await anOrganisation({ type: "AGII" });
  const cvo = await anOrganisation({ type: "NT2_PROVIDER", municipalityNis: ghentNis });
  const actors = {
    caseworker: await anActor("CASEWORKER", ghentOcmw),
    otherCaseworker: await anActor("CASEWORKER", leuvenOcmw),
    officer: await anActor("MUNICIPALITY_OFFICER", ghentCity),
    otherOfficer: await anActor("MUNICIPALITY_OFFICER", leuvenCity),
    nt2: await anActor("NT2_PROVIDER", cvo),
    admin: await anActor("ADMIN", agii),
  };
  const person = await aPerson(ghentOcmw.id, {
    firstName: "Oleksandr",
    lastName: "Shevchenko",
    firstNameCyrillic: "Олександр",
    lastNameCyrillic: "Шевченко",
    municipalityNis: ghentNis,
    birthDate: new Date("1985-04-12T00:00:00Z"),
  });
  return {
    organisations: { ghentOcmw, leuvenOcmw, ghentCity, leuvenCity, agii, cvo },
    actors,
    person,
    nis: { home: ghentNis, other: leuvenNis },
  };
}

export async function auditEventsFor(entityType: string, entityId?: string) {
  return db().auditEvent.findMany({
    where: { entityType, ...(entityId ? { entityId } : {}) },
    orderBy: { id: "asc" },
  });
}
