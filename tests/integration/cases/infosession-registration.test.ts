import { describe, expect, it } from "vitest";
import { registerPersonForInfosession } from "@/server/cases/register-person-for-infosession";
import { createHousehold } from "@/server/cases/create-household";
import { addHouseholdMember } from "@/server/cases/add-household-member";
import { getIntakeBookings } from "@/server/cases/get-intake";
import { getPersonCaseOverview } from "@/server/cases/get-person";
import { listSessionChoices } from "@/server/cases/list-session-choices";
import { db } from "@/server/db";
import { aCaseWorld, anInfosession, anIntake, aPerson } from "../../support/factories";

describe("registering a person for an infosession from the intake", () => {
  it("takes a seat and refuses a second registration of the same person", async () => {
    const { actors, person } = await aCaseWorld();
    const session = await anInfosession({ capacity: 3 });
    await registerPersonForInfosession(actors.caseworker, person.id, {
      sessionId: session.id,
      consent: "on",
    });
    await expect(
      registerPersonForInfosession(actors.caseworker, person.id, { sessionId: session.id, consent: "on" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db().infosession.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(1);
    const registration = await db().registration.findFirstOrThrow({ where: { personId: person.id } });
    expect(registration).toMatchObject({
      status: "CONFIRMED",
      registrantType: "CASEWORKER",
      registeredById: actors.caseworker.userId,
    });
  });

  it("registers a household with one seat per adult: a child needs none", async () => {
    const { actors, person, organisations } = await aCaseWorld();
    const child = await aPerson(organisations.ghentOcmw.id, {
      firstName: "Maksym",
      lastName: "Shevchenko",
      birthDate: new Date("2015-06-01T00:00:00Z"),
    });
    const household = await createHousehold(actors.caseworker, person.id);
    await addHouseholdMember(actors.caseworker, household.id, { personId: child.id, relation: "CHILD" });
    const session = await anInfosession({ capacity: 5 });
    const partner = await aPerson(organisations.ghentOcmw.id, {
      firstName: "Ivan",
      lastName: "Shevchenko",
      birthDate: new Date("1988-03-01T00:00:00Z"),
    });
    await addHouseholdMember(actors.caseworker, household.id, { personId: partner.id, relation: "PARTNER" });
    const booked = await registerPersonForInfosession(actors.caseworker, person.id, {
      sessionId: session.id,
      wholeHousehold: "on",
      consent: "on",
    });
    // What the caseworker's confirmation repeats: for whom, and which session (with its region).
    expect(booked).toMatchObject({
      status: "CONFIRMED",
      names: expect.arrayContaining([person.firstName, "Ivan"]),
      session: { region: session.region, series: session.series, startsAt: session.startsAt },
    });
    const registration = await db().registration.findFirstOrThrow({
      where: { personId: person.id },
      include: { attendees: true },
    });
    expect(booked.names).not.toContain("Maksym");
    expect(registration.seats).toBe(2);
    expect(registration.attendees.map((attendee) => attendee.firstName)).not.toContain("Maksym");
  });

  it("the intake's answers read the person's active bookings, in the intake's scope", async () => {
    const { actors, person } = await aCaseWorld();
    const intake = await anIntake(person, actors.caseworker);
    expect(await getIntakeBookings(actors.caseworker, intake.id)).toEqual([]);
    const session = await anInfosession();
    const booked = await registerPersonForInfosession(actors.caseworker, person.id, {
      sessionId: session.id,
      consent: "on",
    });
    expect(await getIntakeBookings(actors.caseworker, intake.id)).toMatchObject([
      { id: booked.id, status: "CONFIRMED", session: { region: session.region } },
    ]);
    await expect(getIntakeBookings(actors.otherCaseworker, intake.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("never overfills a session under simultaneous registrations: who does not fit waits", async () => {
    const { actors, organisations } = await aCaseWorld();
    const session = await anInfosession({ capacity: 3 });
    const persons = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        aPerson(organisations.ghentOcmw.id, {
          firstName: `P${index}`,
          lastName: "Test",
          email: `p${index}@example.test`,
        }),
      ),
    );
    const results = await Promise.allSettled(
      persons.map((person) =>
        registerPersonForInfosession(actors.caseworker, person.id, { sessionId: session.id, consent: "on" }),
      ),
    );
    const statuses = results.map((result) =>
      result.status === "fulfilled" ? result.value.status : "refused",
    );
    expect(statuses.filter((status) => status === "CONFIRMED")).toHaveLength(3);
    expect(statuses.filter((status) => status === "WAITLISTED")).toHaveLength(5);
    expect((await db().infosession.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(3);
    expect(await db().registration.count({ where: { sessionId: session.id, status: "CONFIRMED" } })).toBe(3);
    expect(await db().registration.count({ where: { sessionId: session.id, status: "WAITLISTED" } })).toBe(5);
  });

  it("requires consent, and is refused to a caseworker of another organisation", async () => {
    const { actors, person } = await aCaseWorld();
    const session = await anInfosession();
    await expect(
      registerPersonForInfosession(actors.caseworker, person.id, { sessionId: session.id }),
    ).rejects.toMatchObject({ fields: { consent: ["consentRequired"] } });
    await expect(
      registerPersonForInfosession(actors.otherCaseworker, person.id, {
        sessionId: session.id,
        consent: "on",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      registerPersonForInfosession(actors.officer, person.id, { sessionId: session.id, consent: "on" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows a household booking on every member's record, not only on the one it was made on", async () => {
    const { actors, person, organisations } = await aCaseWorld();
    const child = await aPerson(organisations.ghentOcmw.id, {
      firstName: "Anna",
      lastName: "Shevchenko",
      birthDate: new Date("2019-05-01T00:00:00Z"),
    });
    const household = await createHousehold(actors.caseworker, person.id);
    await addHouseholdMember(actors.caseworker, household.id, { personId: child.id, relation: "CHILD" });
    const session = await anInfosession();
    const booked = await registerPersonForInfosession(actors.caseworker, person.id, {
      sessionId: session.id,
      wholeHousehold: "on",
      consent: "on",
    });
    const alone = await anInfosession();
    await registerPersonForInfosession(actors.caseworker, person.id, { sessionId: alone.id, consent: "on" });

    const childsOverview = await getPersonCaseOverview(actors.caseworker, child.id);
    expect(
      childsOverview.registrations.map((registration) => [registration.id, registration.personId]),
    ).toEqual([[booked.id, person.id]]);
    expect(childsOverview.registrations[0]!.session.region).toBe("FLANDERS");
    expect((await getPersonCaseOverview(actors.caseworker, person.id)).registrations).toHaveLength(2);
    // Another organisation's caseworker sees neither member's bookings.
    await expect(getPersonCaseOverview(actors.otherCaseworker, child.id)).resolves.toMatchObject({
      registrations: [],
    });
  });
});

describe("the sessions a caseworker can choose from", () => {
  it("tells the region of the person's municipality, and offers a full session with its waiting list", async () => {
    const { actors, organisations } = await aCaseWorld();
    // 21004 is Brussels (the municipalities come with the migrations).
    const brusselsResident = await aPerson(organisations.ghentOcmw.id, { municipalityNis: "21004" });
    const full = await anInfosession({ capacity: 1 });
    await db().infosession.update({ where: { id: full.id }, data: { seatsTaken: 1 } });
    const waiting = await aPerson(organisations.ghentOcmw.id, { firstName: "Wait" });
    await registerPersonForInfosession(actors.caseworker, waiting.id, { sessionId: full.id, consent: "on" });

    const choices = await listSessionChoices(actors.caseworker, brusselsResident.id);
    expect(choices.municipality).toEqual({ nameNl: "Brussel", region: "BRUSSELS" });
    expect(choices.sessions.find((session) => session.id === full.id)).toMatchObject({
      availability: { kind: "full", seatsLeft: 0 },
      waitlistLength: 1,
    });
    await expect(listSessionChoices(actors.otherCaseworker, brusselsResident.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(listSessionChoices(actors.officer, brusselsResident.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
