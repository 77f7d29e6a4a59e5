/**
 * Demo persons, households, intakes and follow-ups for the demo organisations, so each staff role
 * has something to see. Every person is invented. Idempotent: fixed ids, created only when absent.
 */
import type { PrismaClient } from "../src/server/generated/prisma/client";
import type { HouseholdRelation, HousingSituation, NeedTopic } from "../src/server/generated/prisma/enums";
import { searchNameOf } from "../src/domain/cases/transliteration";
import { demoOrganisationIds } from "./demo-data";

type DemoPerson = {
  id: string;
  organisationId: string;
  municipalityNis: string;
  firstName: string;
  lastName: string;
  firstNameCyrillic: string;
  lastNameCyrillic: string;
  birthDate: string;
  housing: HousingSituation;
  household?: { id: string; relation: HouseholdRelation };
};

const id = (n: number) => `00000000-0000-4000-9000-${String(n).padStart(12, "0")}`;
const day = (value: string) => new Date(`${value}T00:00:00Z`);

const households = [{ id: id(100), organisationId: demoOrganisationIds.agii, municipalityNis: "44021" }];

const persons: DemoPerson[] = [
  {
    id: id(1),
    organisationId: demoOrganisationIds.agii,
    municipalityNis: "44021",
    firstName: "Oleksandr",
    lastName: "Shevchenko",
    firstNameCyrillic: "Олександр",
    lastNameCyrillic: "Шевченко",
    birthDate: "1984-05-17",
    housing: "HOST_FAMILY",
    household: { id: id(100), relation: "HEAD" },
  },
  {
    id: id(2),
    organisationId: demoOrganisationIds.agii,
    municipalityNis: "44021",
    firstName: "Sofiia",
    lastName: "Shevchenko",
    firstNameCyrillic: "Софія",
    lastNameCyrillic: "Шевченко",
    birthDate: "2014-09-02",
    housing: "HOST_FAMILY",
    household: { id: id(100), relation: "CHILD" },
  },
  {
    id: id(3),
    organisationId: demoOrganisationIds.agii,
    municipalityNis: "11002",
    firstName: "Olena",
    lastName: "Kovalenko",
    firstNameCyrillic: "Олена",
    lastNameCyrillic: "Коваленко",
    birthDate: "1991-11-30",
    housing: "OWN_RENTAL",
  },
  {
    id: id(4),
    organisationId: demoOrganisationIds.leuvenOcmw,
    municipalityNis: "24062",
    firstName: "Iryna",
    lastName: "Bondarenko",
    firstNameCyrillic: "Ірина",
    lastNameCyrillic: "Бондаренко",
    birthDate: "1978-02-14",
    housing: "COLLECTIVE_SHELTER",
  },
  {
    id: id(5),
    organisationId: demoOrganisationIds.ghent,
    municipalityNis: "44021",
    firstName: "Yuliia",
    lastName: "Tkachenko",
    firstNameCyrillic: "Юлія",
    lastNameCyrillic: "Ткаченко",
    birthDate: "1969-07-08",
    housing: "OTHER",
  },
];

type DemoIntake = {
  id: string;
  personId: string;
  organisationId: string;
  caseworkerId: string;
  completed: boolean;
  needs: NeedTopic[];
  followUpInDays?: number;
};

const intakes: DemoIntake[] = [
  {
    id: id(200),
    personId: id(1),
    organisationId: demoOrganisationIds.agii,
    caseworkerId: "demo-caseworker",
    completed: true,
    needs: ["DUTCH_LESSONS", "WORK", "SCHOOLING_OF_MINORS"],
    followUpInDays: -3,
  },
  {
    id: id(201),
    personId: id(3),
    organisationId: demoOrganisationIds.agii,
    caseworkerId: "demo-caseworker",
    completed: false,
    needs: ["HOUSING"],
    followUpInDays: 10,
  },
  {
    id: id(202),
    personId: id(4),
    organisationId: demoOrganisationIds.leuvenOcmw,
    caseworkerId: "demo-caseworker-leuven",
    completed: true,
    needs: ["HEALTH_AND_WELLBEING", "DUTCH_LESSONS"],
    followUpInDays: 0,
  },
];

export async function ensureDemoCases(prisma: PrismaClient, now: Date): Promise<number> {
  let created = 0;
  for (const household of households) {
    await prisma.household.upsert({ where: { id: household.id }, update: {}, create: household });
  }
  for (const person of persons) {
    const exists = await prisma.person.findUnique({ where: { id: person.id }, select: { id: true } });
    if (exists) continue;
    const { household, birthDate, ...fields } = person;
    await prisma.person.create({
      data: {
        ...fields,
        searchName: searchNameOf(person),
        birthDate: day(birthDate),
        nationality: "UKR",
        languages: ["uk", "ru"],
        arrivalDate: day("2022-03-18"),
        tpCertificateDate: day("2022-03-21"),
        inNationalRegister: person.id !== id(3),
        nationalRegisterDate: person.id !== id(3) ? day("2022-04-12") : null,
        householdId: household?.id ?? null,
        relationToHead: household?.relation ?? null,
      },
    });
    created++;
  }
  for (const intake of intakes) {
    const exists = await prisma.intake.findUnique({ where: { id: intake.id }, select: { id: true } });
    if (exists) continue;
    await prisma.intake.create({
      data: {
        id: intake.id,
        personId: intake.personId,
        organisationId: intake.organisationId,
        caseworkerId: intake.caseworkerId,
        status: intake.completed ? "COMPLETED" : "DRAFT",
        completedAt: intake.completed ? now : null,
        conductedOn: day(now.toISOString().slice(0, 10)),
        needs: { create: intake.needs.map((topic) => ({ topic, note: "Demo note" })) },
        information: { create: intake.completed ? [{ topic: "WORK" }, { topic: "CIVIC_INTEGRATION" }] : [] },
        followUps:
          intake.followUpInDays === undefined
            ? undefined
            : {
                create: {
                  personId: intake.personId,
                  caseworkerId: intake.caseworkerId,
                  dueOn: day(
                    new Date(now.getTime() + intake.followUpInDays * 86_400_000).toISOString().slice(0, 10),
                  ),
                },
              },
      },
    });
    created++;
  }
  return created;
}
