import { describe, expect, it } from "vitest";
import { registerPersonForInfosession } from "@/server/cases/register-person-for-infosession";
import { createHousehold } from "@/server/cases/create-household";
import { addHouseholdMember } from "@/server/cases/add-household-member";
import { db } from "@/server/db";
import { aCaseWorld, anInfosession, aPerson } from "../../support/factories";

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

  it("registers a household with one seat per member", async () => {
    const { actors, person, organisations } = await aCaseWorld();
    const child = await aPerson(organisations.ghentOcmw.id, {
      firstName: "Maksym",
      lastName: "Shevchenko",
      birthDate: new Date("2015-06-01T00:00:00Z"),
    });
    const household = await createHousehold(actors.caseworker, person.id);
    await addHouseholdMember(actors.caseworker, household.id, { personId: child.id, relation: "CHILD" });
    const session = await anInfosession({ capacity: 5 });
    await registerPersonForInfosession(actors.caseworker, person.id, {
      sessionId: session.id,
      wholeHousehold: "on",
      consent: "on",
    });
    const registration = await db().registration.findFirstOrThrow({
      where: { personId: person.id },
      include: { attendees: true },
    });
    expect(registration.seats).toBe(2);
    expect(registration.attendees).toHaveLength(2);
  });

  it("never overfills a session under simultaneous registrations", async () => {
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
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(3);
    expect((await db().infosession.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(3);
    expect(await db().registration.count({ where: { sessionId: session.id } })).toBe(3);
  });

  it("requires consent, and is refused to a caseworker of another organisation", async () => {
    const { actors, person } = await aCaseWorld();
    const session = await anInfosession();
    await expect(
      registerPersonForInfosession(actors.caseworker, person.id, { sessionId: session.id }),
    ).rejects.toMatchObject({ details: { consent: ["consentRequired"] } });
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
});
