/**
 * Factories for the NT2, interpreter and figures tests: municipalities, organisations, staff
 * (returned as the `Actor` a signed-in session would give), persons, intakes and registrations.
 */
import { randomUUID } from "node:crypto";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import type { OrganisationType, Region, StaffRole } from "@/server/generated/prisma/enums";

export async function aMunicipality(
  nisCode: string,
  nameNl = `Gemeente ${nisCode}`,
  region: Region = "FLANDERS",
) {
  return db().municipality.upsert({ where: { nisCode }, update: {}, create: { nisCode, nameNl, region } });
}

export async function anOrganisation(
  type: OrganisationType,
  options: { municipalityNis?: string; region?: Region; name?: string } = {},
) {
  if (options.municipalityNis) await aMunicipality(options.municipalityNis);
  return db().organisation.create({
    data: {
      name: options.name ?? `${type} ${randomUUID().slice(0, 6)}`,
      type,
      municipalityNis: options.municipalityNis ?? null,
      region: options.region ?? "FLANDERS",
      // An NT2 provider serves its region, as the 2026-12 migration set for existing providers.
      servedRegions: type === "NT2_PROVIDER" ? [options.region ?? "FLANDERS"] : [],
    },
  });
}

/** A staff member of an organisation, as the Actor their session would give. */
export async function anActor(
  role: StaffRole,
  organisation: { id: string; municipalityNis: string | null },
): Promise<Actor> {
  const id = randomUUID();
  await db().user.create({
    data: {
      id,
      name: `${role} ${id.slice(0, 4)}`,
      email: `${id}@staff.test`,
      role,
      organisationId: organisation.id,
    },
  });
  return { userId: id, role, organisationId: organisation.id, municipalityNis: organisation.municipalityNis };
}

export async function aPerson(
  organisationId: string,
  overrides: {
    municipalityNis?: string | null;
    inNationalRegister?: boolean;
    nationalRegisterDate?: Date;
    createdAt?: Date;
    firstName?: string;
  } = {},
) {
  const firstName = overrides.firstName ?? "Olena";
  return db().person.create({
    data: {
      organisationId,
      municipalityNis: overrides.municipalityNis ?? null,
      firstName,
      lastName: "Kovalenko",
      firstNameCyrillic: "Олена",
      lastNameCyrillic: "Коваленко",
      searchName: `${firstName.toLowerCase()} kovalenko`,
      email: "olena@example.test",
      phone: "+32470000000",
      languages: ["uk", "ru"],
      inNationalRegister: overrides.inNationalRegister ?? false,
      nationalRegisterDate: overrides.nationalRegisterDate ?? null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    },
  });
}

export async function anIntake(
  person: { id: string; organisationId: string },
  caseworkerId: string,
  options: { note?: string; createdAt?: Date } = {},
) {
  return db().intake.create({
    data: {
      personId: person.id,
      organisationId: person.organisationId,
      caseworkerId,
      conductedOn: new Date("2026-10-01"),
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      needs: {
        create: [
          { topic: "DUTCH_LESSONS", note: options.note ?? "Confidential: trauma, wants lessons near school" },
        ],
      },
    },
  });
}

export async function anInfosession() {
  return db().infosession.create({
    data: {
      series: "SERIES_1",
      language: "uk",
      region: "FLANDERS",
      startsAt: new Date("2026-06-08T09:00:00Z"),
      endsAt: new Date("2026-06-08T11:00:00Z"),
      capacity: 500,
      meetingUrl: "https://meet.example/x",
    },
  });
}

export async function aRegistration(
  sessionId: string,
  options: {
    municipalityNis: string;
    status: "CONFIRMED" | "ATTENDED" | "NO_SHOW" | "CANCELLED" | "WAITLISTED";
    createdAt?: Date;
  },
) {
  const key = randomUUID();
  return db().registration.create({
    data: {
      sessionId,
      status: options.status,
      seats: 1,
      registrantType: "SELF",
      contactName: "Test",
      contactEmail: `${key}@example.test`,
      contactKey: `email:${key}`,
      locale: "uk",
      municipalityNis: options.municipalityNis,
      manageTokenHash: key,
      consentAt: new Date(),
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
  });
}

export const nt2Profile = {
  cvoProfile: true,
  digitallySkilled: true,
  intendedStay: "LONGER_STAY" as const,
  priorSchooling: "SECONDARY" as const,
  availability: ["DAY" as const, "EVENING" as const],
  mode: "EITHER" as const,
  region: "FLANDERS" as const,
};
