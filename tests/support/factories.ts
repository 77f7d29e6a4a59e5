/**
 * The one place tests make their data: municipalities, organisations, staff (as the `Actor` a
 * signed-in session gives, or as a user with a password), persons, households, intakes, referrals,
 * infosessions and registrations. Each writes through Prisma into the test's own database and
 * makes every name and address unique, so tests in one file do not see each other's rows.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { searchNameOf } from "@/domain/cases/transliteration";
import type { RegistrationInput } from "@/domain/infosessions/registration-input";
import type { StaffRole } from "@/domain/permissions";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";
import type {
  InfosessionSeries,
  Locale,
  OrganisationType,
  QuestionTopic,
  ReferralStatus,
  ReferralType,
  Region,
  SupportRegion,
} from "@/server/generated/prisma/enums";

const unique = () => randomBytes(4).toString("hex");

// Places

let nextNis = 90000 + Math.floor(Math.random() * 5000);
/** A fresh municipality code per call, so worlds in one test file do not see each other's persons. */
export const aNisCode = () => String(nextNis++);

export async function aMunicipality(
  nisCode: string,
  nameNl = `Gemeente ${nisCode}`,
  region: Region = "FLANDERS",
) {
  return db().municipality.upsert({ where: { nisCode }, update: {}, create: { nisCode, nameNl, region } });
}

export async function anOrganisation(
  options: { type?: OrganisationType; municipalityNis?: string; region?: Region; name?: string } = {},
) {
  const type = options.type ?? "OCMW";
  if (options.municipalityNis) await aMunicipality(options.municipalityNis);
  return db().organisation.create({
    data: {
      name: options.name ?? `${type} ${unique()}`,
      type,
      municipalityNis: options.municipalityNis ?? null,
      region: options.region ?? "FLANDERS",
      // An NT2 provider serves its region, as the 2026-12 migration set for existing providers.
      servedRegions: type === "NT2_PROVIDER" ? [options.region ?? "FLANDERS"] : [],
    },
  });
}

// Staff

/** A staff member of `organisation` with `role`, as the Actor a use-case receives (no password). */
export async function anActor(
  role: StaffRole,
  organisation: { id: string; municipalityNis: string | null },
): Promise<Actor> {
  // The address is the id's: a test can tell where mail to this member goes.
  const id = randomUUID();
  await db().user.create({
    data: {
      id,
      name: `${role} ${unique()}`,
      email: `${id}@staff.test`,
      role,
      organisationId: organisation.id,
    },
  });
  return { userId: id, role, organisationId: organisation.id, municipalityNis: organisation.municipalityNis };
}

/** The password of every `aStaffUser`. */
export const testPassword = "correct-horse-battery-staple";

/** A staff user who can sign in: a better-auth credential, hashed as better-auth does. */
export async function aStaffUser(
  input: {
    role?: StaffRole;
    organisationId?: string;
    password?: string;
    active?: boolean;
    email?: string;
  } = {},
) {
  const organisationId = input.organisationId ?? (await anOrganisation({ type: "AGII" })).id;
  const user = await db().user.create({
    data: {
      name: `Staff ${unique()}`,
      email: input.email ?? `staff-${unique()}@welkom.test`,
      emailVerified: true,
      role: input.role ?? "CASEWORKER",
      organisationId,
      active: input.active ?? true,
    },
    select: { id: true, email: true, name: true, role: true, organisationId: true },
  });
  await db().account.create({
    data: {
      userId: user.id,
      accountId: user.id,
      providerId: "credential",
      password: await hashPassword(input.password ?? testPassword),
    },
  });
  const actor: Actor = { userId: user.id, role: user.role, organisationId, municipalityNis: null };
  return { ...user, actor };
}

/** An AgII adviser with a profile of topics and regions, as the Actor their session would give. */
export async function anAdviser(
  organisation: { id: string; municipalityNis: string | null },
  profile: { topics: QuestionTopic[]; regions: SupportRegion[] },
): Promise<Actor> {
  const actor = await anActor("AGII_ADVISER", organisation);
  await db().adviserProfile.create({
    data: { userId: actor.userId, topics: profile.topics, regions: profile.regions },
  });
  return actor;
}

// Cases

/** Names, contact details and languages of a person whom a provider or an export gets to see. */
export const withContactDetails = {
  firstNameCyrillic: "Олена",
  lastNameCyrillic: "Коваленко",
  email: "olena@example.test",
  phone: "+32470000000",
  languages: ["uk", "ru"],
} satisfies Partial<Prisma.PersonUncheckedCreateInput>;

/** A person of `organisationId`, Olena Kovalenko unless told otherwise; any Person column may be set. */
export async function aPerson(
  organisationId: string,
  overrides: Omit<Partial<Prisma.PersonUncheckedCreateInput>, "organisationId"> = {},
) {
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

/** A household with `head` as its first member. */
export async function aHousehold(head: {
  id: string;
  organisationId: string;
  municipalityNis: string | null;
}) {
  const household = await db().household.create({
    data: { organisationId: head.organisationId, municipalityNis: head.municipalityNis },
  });
  await db().person.update({ where: { id: head.id }, data: { householdId: household.id } });
  return household;
}

export async function anIntake(
  person: { id: string; organisationId: string },
  caseworker: { userId: string },
  options: { note?: string; createdAt?: Date } = {},
) {
  return db().intake.create({
    data: {
      personId: person.id,
      organisationId: person.organisationId,
      caseworkerId: caseworker.userId,
      conductedOn: new Date("2026-03-02T00:00:00Z"),
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      needs: { create: [{ topic: "DUTCH_LESSONS", note: options.note ?? "Wants evening classes" }] },
    },
  });
}

/** An NT2 referral of `person` by `referrer` to `targetOrganisationId`, with consent and a profile. */
export async function aReferral(
  person: { id: string; organisationId: string },
  referrer: { userId: string },
  targetOrganisationId: string,
  options: { status?: ReferralStatus } = {},
) {
  return db().referral.create({
    data: {
      personId: person.id,
      type: "NT2",
      fromOrganisationId: person.organisationId,
      targetOrganisationId,
      createdById: referrer.userId,
      status: options.status ?? "SENT",
      consentAt: new Date(),
      nt2Profile: { create: nt2Profile },
    },
  });
}

/** A referral an intake suggested (to school, work, …) that nobody has received yet: a to-do. */
export async function aSuggestedReferral(
  person: { id: string; organisationId: string },
  referrer: { userId: string },
  type: Exclude<ReferralType, "NT2"> = "EDUCATION",
) {
  return db().referral.create({
    data: {
      personId: person.id,
      type,
      fromOrganisationId: person.organisationId,
      createdById: referrer.userId,
      status: "SUGGESTED",
      consentAt: new Date(),
      statusChanges: { create: { toStatus: "SUGGESTED", changedById: referrer.userId } },
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

// Infosessions

/** An upcoming infosession (in 10 days unless told otherwise). */
export async function anInfosession(
  options: {
    capacity?: number;
    series?: InfosessionSeries;
    language?: Locale;
    region?: Region;
    startsAt?: Date;
    seatsTaken?: number;
  } = {},
) {
  const startsAt = options.startsAt ?? new Date(Date.now() + 10 * 86_400_000);
  return db().infosession.create({
    data: {
      series: options.series ?? "SERIES_1",
      language: options.language ?? "uk",
      region: options.region ?? "FLANDERS",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      capacity: options.capacity ?? 25,
      seatsTaken: options.seatsTaken ?? 0,
      meetingUrl: `https://meet.example.test/${randomUUID()}`,
    },
  });
}

/** A valid registration input for `sessionId`; `people` attendees, a unique e-mail unless given. */
export function aRegistrationInput(
  sessionId: string,
  overrides: Partial<RegistrationInput> & { people?: number } = {},
): RegistrationInput {
  const { people = 1, ...rest } = overrides;
  return {
    sessionId,
    registrantType: "SELF",
    contact: { name: "Olena Test", email: `olena.${unique()}@example.test` },
    locale: "uk",
    attendees: Array.from({ length: people }, (_, index) => ({
      firstName: `Person${index + 1}`,
      birthYear: 1980 + index,
    })),
    consent: true,
    ...rest,
  };
}

/** A registration stored as it is after the fact (for figures and retention), without the use-case. */
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
