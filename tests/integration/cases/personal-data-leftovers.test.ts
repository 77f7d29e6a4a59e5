import { describe, expect, it } from "vitest";
import { monthsBefore } from "@/domain/time/months-before";
import { anonymiseInactivePersons } from "@/server/cases/anonymise-inactive-persons";
import { erasePerson } from "@/server/cases/erase-person";
import { registerPersonForInfosession } from "@/server/cases/register-person-for-infosession";
import { db } from "@/server/db";
import { changeReferralStatus } from "@/server/referrals/change-referral-status";
import { aCaseWorld, anInfosession, aPerson } from "../../support/factories";
import { textColumnsContaining } from "../../support/text-columns";

/**
 * After anonymisation or erasure nothing personal may be left anywhere: every text, JSON and array
 * column of every table is searched for the person's name, contact details and the free texts written
 * about them, and every calendar date about them is at most a month (a year for the birth date).
 * Timestamps of when records were made stay: figures count by them.
 */
/** Calendar dates in rows of the person (and their intakes and follow-ups) that are not a month's first day. */
async function exactDatesOf(personId: string): Promise<string[]> {
  const columns = await db().$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type = 'date' AND table_name IN ('Person', 'Intake', 'FollowUp')`;
  const exact: string[] = [];
  for (const { table, column } of columns) {
    const link = table === "Person" ? `"id"` : `"personId"`;
    const [row] = await db().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE ${link} = $1::uuid AND extract(day FROM "${column}") <> 1`,
      personId,
    );
    if (row && row.n > 0) exact.push(`${table}.${column}`);
  }
  return exact;
}

const secrets = (marker: string) => [marker, `${marker}@example.test`, "470998877"];

/** A person with something personal in every free-text field the portal has about them. */
async function aPersonWithEverything(marker: string, lastActivityAt: Date) {
  const { actors, organisations } = await aCaseWorld();
  const household = await db().household.create({ data: { organisationId: organisations.ghentOcmw.id } });
  const person = await aPerson(organisations.ghentOcmw.id, {
    firstName: marker,
    lastName: `${marker}enko`,
    email: `${marker}@example.test`,
    phone: "+32470998877",
    lastActivityAt,
    householdId: household.id,
    birthDate: new Date("1990-06-17"),
  });
  await db().person.update({
    where: { id: person.id },
    data: {
      nationality: "BLR",
      arrivalDate: new Date("2022-03-14"),
      tpCertificateDate: new Date("2022-04-02"),
      nationalRegisterDate: new Date("2022-05-23"),
      inNationalRegister: true,
      relationToHead: "HEAD",
    },
  });
  const intake = await db().intake.create({
    data: {
      personId: person.id,
      householdId: household.id,
      organisationId: organisations.ghentOcmw.id,
      caseworkerId: actors.caseworker.userId,
      conductedOn: new Date("2026-03-17"),
      needs: { create: [{ topic: "HEALTH_AND_WELLBEING", note: `${marker} is pregnant` }] },
      information: { create: [{ topic: "WORK", note: `${marker} asked about benefits` }] },
    },
  });
  await db().followUp.create({
    data: {
      personId: person.id,
      intakeId: intake.id,
      caseworkerId: actors.caseworker.userId,
      dueOn: new Date("2026-04-09"),
      note: `Call ${marker} back`,
      purpose: `Check ${marker}'s school enrolment`,
      dueTime: "14:30",
    },
  });
  await db().followUp.create({
    data: {
      personId: person.id,
      caseworkerId: actors.caseworker.userId,
      dueOn: new Date("2026-04-01"),
      status: "DONE",
      outcome: `${marker} found a school`,
    },
  });
  const referral = await db().referral.create({
    data: {
      personId: person.id,
      intakeId: intake.id,
      type: "HEALTH",
      fromOrganisationId: organisations.ghentOcmw.id,
      targetOrganisationId: organisations.cvo.id,
      createdById: actors.caseworker.userId,
      note: `${marker} prefers mornings`,
      consentOverrideReason: `${marker} could not sign`,
    },
  });
  await changeReferralStatus(actors.nt2, {
    referralId: referral.id,
    to: "DECLINED",
    reason: `${marker} is in hospital until March`,
    version: 1,
  });
  await db().interpreterRequest.create({
    data: {
      organisationId: organisations.ghentOcmw.id,
      requestedById: actors.caseworker.userId,
      personId: person.id,
      language: "uk",
      startsAt: new Date(),
      durationMinutes: 60,
      mode: "ON_SITE",
      location: `${marker}'s flat, Veldstraat 1`,
      purpose: `Doctor's visit for ${marker}`,
      status: "DECLINED",
      declineReason: `No interpreter for ${marker}`,
    },
  });
  const session = await anInfosession();
  await registerPersonForInfosession(actors.caseworker, person.id, { sessionId: session.id, consent: "on" });
  // Case work above counts as activity: date it back now.
  await db().person.update({ where: { id: person.id }, data: { lastActivityAt } });
  // Everything is there before: the walk can find it.
  expect(await textColumnsContaining(marker)).not.toEqual([]);
  return { actors, person, intake };
}

describe("nothing personal is left", () => {
  it("after anonymisation of an inactive person", async () => {
    const marker = "Zvenyslava";
    const { person, intake } = await aPersonWithEverything(marker, monthsBefore(new Date(), 30));
    expect(await exactDatesOf(person.id)).not.toEqual([]);

    await anonymiseInactivePersons();

    for (const secret of secrets(marker)) expect(await textColumnsContaining(secret), secret).toEqual([]);
    expect(await exactDatesOf(person.id)).toEqual([]);
    const after = await db().person.findUniqueOrThrow({ where: { id: person.id } });
    expect(after).toMatchObject({
      nationality: null,
      householdId: null,
      birthDate: new Date("1990-01-01"),
      nationalRegisterDate: new Date("2022-05-01"),
      inNationalRegister: true,
    });
    expect((await db().intake.findUniqueOrThrow({ where: { id: intake.id } })).householdId).toBeNull();
  });

  it("after erasure on request", async () => {
    const marker = "Myroslava";
    const { actors, person } = await aPersonWithEverything(marker, new Date());
    await erasePerson(actors.admin, person.id);
    for (const secret of secrets(marker)) expect(await textColumnsContaining(secret), secret).toEqual([]);
  });
});
