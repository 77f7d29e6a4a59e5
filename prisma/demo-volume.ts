/**
 * Enough invented activity for every staff screen to show something: 300 persons over six
 * municipalities and the last twelve months (so that a municipality officer's figures show numbers,
 * not "< 5"), intakes, NT2 referrals in every state to three providers, interpreter requests, and
 * follow-ups due and overdue. Every person is invented (names combined from common Ukrainian first
 * and last names). Idempotent and fast: fixed ids, bulk inserts that skip what exists.
 */
import type { PrismaClient } from "../src/server/generated/prisma/client";
import type {
  HousingSituation,
  InterpreterMode,
  InterpreterRequestStatus,
  ReferralStatus,
} from "../src/server/generated/prisma/enums";
import { searchNameOf } from "../src/domain/cases/transliteration";
import { demoOrganisationIds } from "./demo-data";

const personCount = 300;
const uuid = (block: string, n: number) => `00000000-0000-4000-${block}-${String(n).padStart(12, "0")}`;
const dayOnly = (at: Date) => new Date(`${at.toISOString().slice(0, 10)}T00:00:00Z`);
const daysFrom = (at: Date, days: number) => new Date(at.getTime() + days * 86_400_000);

const firstNames = [
  ["Andrii", "Андрій"],
  ["Oksana", "Оксана"],
  ["Mykola", "Микола"],
  ["Nataliia", "Наталія"],
  ["Dmytro", "Дмитро"],
  ["Tetiana", "Тетяна"],
  ["Serhii", "Сергій"],
  ["Halyna", "Галина"],
  ["Vasyl", "Василь"],
  ["Kateryna", "Катерина"],
  ["Bohdan", "Богдан"],
  ["Mariia", "Марія"],
  ["Taras", "Тарас"],
  ["Larysa", "Лариса"],
  ["Yurii", "Юрій"],
  ["Anastasiia", "Анастасія"],
  ["Ihor", "Ігор"],
] as const;
// No "-enko" names: the fuzzy search specs look for the demo's Shevchenko, Kovalenko and Bondarenko.
const lastNames = [
  ["Melnyk", "Мельник"],
  ["Boiko", "Бойко"],
  ["Oliinyk", "Олійник"],
  ["Moroz", "Мороз"],
  ["Hnatiuk", "Гнатюк"],
  ["Polishchuk", "Поліщук"],
  ["Bilyk", "Білик"],
  ["Lytvyn", "Литвин"],
  ["Zhuk", "Жук"],
  ["Vovk", "Вовк"],
  ["Romaniuk", "Романюк"],
  ["Sydoruk", "Сидорук"],
  ["Kuzmych", "Кузьмич"],
] as const;
// Where the invented persons live, how many, and who recorded them. Gent is the demo municipality
// officer's: 120 persons, about ten a month, so its figures are shown, not hidden as small numbers.
const places = [
  { nis: "44021", count: 120, organisationId: demoOrganisationIds.agii },
  { nis: "11002", count: 50, organisationId: demoOrganisationIds.agii },
  { nis: "24062", count: 50, organisationId: demoOrganisationIds.leuvenOcmw },
  { nis: "21004", count: 35, organisationId: demoOrganisationIds.agii },
  { nis: "12025", count: 25, organisationId: demoOrganisationIds.agii },
  { nis: "31005", count: 20, organisationId: demoOrganisationIds.agii },
];
const housing: HousingSituation[] = ["HOST_FAMILY", "COLLECTIVE_SHELTER", "OWN_RENTAL", "OTHER"];
const referralStates: ReferralStatus[] = ["SENT", "ACCEPTED", "DECLINED", "ENROLLED", "COMPLETED"];
const providers = [
  demoOrganisationIds.cvoGhent,
  "00000000-0000-4000-8000-000000000007",
  demoOrganisationIds.hvnBrussels,
];
const caseworkerOf = (organisationId: string) =>
  organisationId === demoOrganisationIds.leuvenOcmw ? "demo-caseworker-leuven" : "demo-caseworker";

export async function ensureDemoVolume(prisma: PrismaClient, now: Date): Promise<number> {
  if (await prisma.person.findUnique({ where: { id: uuid("9100", personCount) }, select: { id: true } }))
    return 0;
  const persons = places.flatMap((place, placeIndex) =>
    Array.from({ length: place.count }, (_, i) => {
      const n = places.slice(0, placeIndex).reduce((sum, p) => sum + p.count, 0) + i + 1;
      const [firstName, firstNameCyrillic] = firstNames[n % firstNames.length]!;
      const [lastName, lastNameCyrillic] = lastNames[(n * 7) % lastNames.length]!;
      // Spread evenly over the twelve full months before this one; five in six in the national register.
      const createdAt = new Date(
        Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1 - (n % 12), 2 + (n % 25), 10),
      );
      const registered = Math.floor(n / 12) % 6 !== 5;
      return {
        id: uuid("9100", n),
        organisationId: place.organisationId,
        municipalityNis: place.nis,
        firstName,
        lastName,
        firstNameCyrillic,
        lastNameCyrillic,
        searchName: searchNameOf({ firstName, lastName, firstNameCyrillic, lastNameCyrillic }),
        birthDate: new Date(Date.UTC(1950 + (n % 60), n % 12, (n % 27) + 1)),
        nationality: "UKR",
        languages: n % 3 === 0 ? ["uk"] : ["uk", "ru"],
        arrivalDate: dayOnly(daysFrom(createdAt, -20)),
        tpCertificateDate: dayOnly(daysFrom(createdAt, -10)),
        inNationalRegister: registered,
        nationalRegisterDate: registered ? dayOnly(daysFrom(createdAt, 5)) : null,
        housing: housing[n % housing.length]!,
        createdAt,
      };
    }),
  );
  await prisma.person.createMany({ data: persons, skipDuplicates: true });

  // About half the persons had an intake in the month they were recorded (blocks of twelve, so every month has some).
  const withIntake = persons.filter((_, index) => Math.floor((index + 1) / 12) % 2 === 0);
  await prisma.intake.createMany({
    data: withIntake.map((person, index) => ({
      id: uuid("9200", index + 1),
      personId: person.id,
      organisationId: person.organisationId,
      caseworkerId: caseworkerOf(person.organisationId),
      status: "COMPLETED" as const,
      conductedOn: dayOnly(person.createdAt),
      completedAt: person.createdAt,
      createdAt: person.createdAt,
    })),
    skipDuplicates: true,
  });
  await prisma.intakeNeed.createMany({
    data: withIntake.map((_, index) => ({
      intakeId: uuid("9200", index + 1),
      topic: index % 3 === 0 ? ("WORK" as const) : ("DUTCH_LESSONS" as const),
    })),
    skipDuplicates: true,
  });

  // Follow-ups: overdue, due today and coming, for both demo caseworkers.
  await prisma.followUp.createMany({
    data: withIntake
      .flatMap((person, index) => (index % 6 === 0 ? [{ person, index }] : []))
      .map(({ person, index }, n) => ({
        id: uuid("9300", n + 1),
        intakeId: uuid("9200", index + 1),
        personId: person.id,
        caseworkerId: caseworkerOf(person.organisationId),
        dueOn: dayOnly(daysFrom(now, (n % 8) * 3 - 9)),
        note: "Demo follow-up",
      })),
    skipDuplicates: true,
  });

  // NT2 referrals from those intakes, in every state, to three providers (Brussels persons to Brussels).
  const referrals = withIntake
    .flatMap((person, index) => (index % 2 === 0 ? [{ person, index }] : []))
    .map(({ person, index }) => {
      const status = referralStates[(index / 2) % referralStates.length]!;
      const target =
        person.municipalityNis === "21004" ? demoOrganisationIds.hvnBrussels : providers[index % 2]!;
      return { person, index, status, target, createdAt: daysFrom(person.createdAt, 2) };
    });
  await prisma.referral.createMany({
    data: referrals.map(({ person, index, status, target, createdAt }) => ({
      id: uuid("9400", index + 1),
      personId: person.id,
      intakeId: uuid("9200", index + 1),
      type: "NT2" as const,
      fromOrganisationId: person.organisationId,
      targetOrganisationId: target,
      createdById: caseworkerOf(person.organisationId),
      status,
      declineReason: status === "DECLINED" ? "Demo: no group with free places this term" : null,
      consentAt: createdAt,
      createdAt,
    })),
    skipDuplicates: true,
  });
  await prisma.nt2Profile.createMany({
    data: referrals.map(({ person, index }) => ({
      referralId: uuid("9400", index + 1),
      cvoProfile: index % 4 !== 0,
      digitallySkilled: index % 3 !== 0,
      intendedStay: index % 5 === 0 ? ("QUICK_RETURN" as const) : ("LONGER_STAY" as const),
      priorSchooling: (["SECONDARY", "HIGHER", "PRIMARY", "SECONDARY"] as const)[index % 4]!,
      availability: index % 2 === 0 ? ["DAY"] : ["EVENING", "WEEKEND"],
      mode: (["ON_SITE", "EITHER", "ONLINE"] as const)[index % 3]!,
      region: person.municipalityNis === "21004" ? ("BRUSSELS" as const) : ("FLANDERS" as const),
    })),
    skipDuplicates: true,
  });
  const nt2User = (target: string) => (target === demoOrganisationIds.cvoGhent ? "demo-nt2" : "demo-admin");
  await prisma.referralStatusChange.createMany({
    data: referrals.flatMap(({ person, index, status, target, createdAt }) => {
      const path: ReferralStatus[] =
        status === "SENT"
          ? ["SENT"]
          : status === "DECLINED"
            ? ["SENT", "DECLINED"]
            : [
                "SENT",
                "ACCEPTED",
                ...(status === "ENROLLED"
                  ? ["ENROLLED" as const]
                  : status === "COMPLETED"
                    ? ["ENROLLED" as const, "COMPLETED" as const]
                    : []),
              ];
      return path.map((toStatus, step) => ({
        id: uuid("9500", (index + 1) * 10 + step),
        referralId: uuid("9400", index + 1),
        fromStatus: step === 0 ? null : path[step - 1]!,
        toStatus,
        reason: toStatus === "DECLINED" ? "Demo: no group with free places this term" : null,
        changedById: step === 0 ? caseworkerOf(person.organisationId) : nt2User(target),
        changedAt: daysFrom(createdAt, step * 7),
      }));
    }),
    skipDuplicates: true,
  });

  // Interpreter requests in every state, some for persons, some coming and some past.
  const modes: InterpreterMode[] = ["ON_SITE", "PHONE", "VIDEO"];
  const states: InterpreterRequestStatus[] = ["REQUESTED", "ASSIGNED", "CONFIRMED", "DECLINED", "CANCELLED"];
  await prisma.interpreterRequest.createMany({
    data: Array.from({ length: 10 }, (_, index) => ({
      id: uuid("9600", index + 1),
      organisationId: index % 4 === 3 ? demoOrganisationIds.leuvenOcmw : demoOrganisationIds.agii,
      requestedById: index % 4 === 3 ? "demo-caseworker-leuven" : "demo-caseworker",
      personId: index % 2 === 0 ? persons[index]!.id : null,
      language: index % 3 === 0 ? "ru" : "uk",
      startsAt: daysFrom(now, index * 3 - 10),
      durationMinutes: 60,
      mode: modes[index % modes.length]!,
      purpose: "Demo: intake conversation",
      status: states[index % states.length]!,
      interpreterName: index % 5 === 1 || index % 5 === 2 ? "Demo interpreter" : null,
      declineReason: index % 5 === 3 ? "Demo: no interpreter free at that time" : null,
    })),
    skipDuplicates: true,
  });
  return persons.length;
}
