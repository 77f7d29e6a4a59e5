import { describe, expect, it } from "vitest";
import { monthsBefore } from "@/domain/time/months-before";
import { anonymiseInactivePersons } from "@/server/cases/anonymise-inactive-persons";
import { erasePerson } from "@/server/cases/erase-person";
import { exportPerson } from "@/server/cases/export-person";
import { getPerson } from "@/server/cases/get-person";
import { searchPersons } from "@/server/cases/search-persons";
import { registerPersonForInfosession } from "@/server/cases/register-person-for-infosession";
import { db } from "@/server/db";
import { aCaseWorld, anInfosession, anIntake, aPerson, auditEventsFor } from "../../support/factories";

const monthsAgo = (months: number) => monthsBefore(new Date(), months);

describe("retention: anonymising persons without activity", () => {
  it("anonymises persons inactive for longer than RETENTION_MONTHS and keeps only what counts", async () => {
    const { actors, organisations } = await aCaseWorld();
    const stale = await aPerson(organisations.ghentOcmw.id, {
      firstName: "Stale",
      lastName: "Person",
      email: "stale@example.test",
      lastActivityAt: monthsAgo(25),
    });
    const active = await aPerson(organisations.ghentOcmw.id, {
      firstName: "Active",
      lastName: "Person",
      lastActivityAt: monthsAgo(23),
    });
    const intake = await anIntake(stale, actors.caseworker, { note: "health detail" });

    const count = await anonymiseInactivePersons();
    expect(count).toBeGreaterThanOrEqual(1);

    const after = await db().person.findUniqueOrThrow({ where: { id: stale.id } });
    expect(after).toMatchObject({ firstName: "—", lastName: "—", email: null, searchName: "" });
    expect(after.anonymisedAt).not.toBeNull();
    const needs = await db().intakeNeed.findMany({ where: { intakeId: intake.id } });
    expect(needs).toEqual([expect.objectContaining({ topic: "DUTCH_LESSONS", note: null })]);
    expect((await db().person.findUniqueOrThrow({ where: { id: active.id } })).anonymisedAt).toBeNull();

    await expect(getPerson(actors.admin, stale.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await searchPersons(actors.caseworker, { query: "stale" })).map((row) => row.id)).not.toContain(
      stale.id,
    );
    const [event] = (await db().auditEvent.findMany({ where: { action: "ANONYMISE" } })).slice(-1);
    expect(event?.detail).toMatchObject({ personIds: expect.arrayContaining([stale.id]) });

    expect(await anonymiseInactivePersons()).toBe(0);
  });
});

describe("subject access and erasure", () => {
  it("exports everything held about one person as JSON, audited as EXPORT", async () => {
    const { actors, person } = await aCaseWorld();
    await anIntake(person, actors.caseworker, { note: "Wants evening classes" });
    const session = await anInfosession();
    await registerPersonForInfosession(actors.caseworker, person.id, {
      sessionId: session.id,
      consent: "on",
    });

    const exported = await exportPerson(actors.admin, person.id);
    const json = JSON.stringify(exported);
    expect(exported.person.firstNameCyrillic).toBe("Олександр");
    expect(json).toContain("Wants evening classes");
    expect(exported.person.registrations).toHaveLength(1);
    expect(json).not.toContain("manageTokenHash");
    expect(exported.auditTrail.length).toBeGreaterThan(0);
    expect((await auditEventsFor("Person", person.id)).map((event) => event.action)).toContain("EXPORT");
  });

  it("erases a person and their case data on request, audited as ERASE with counts only", async () => {
    const { actors, person } = await aCaseWorld();
    const intake = await anIntake(person, actors.caseworker);
    const session = await anInfosession();
    const registration = await registerPersonForInfosession(actors.caseworker, person.id, {
      sessionId: session.id,
      consent: "on",
    });

    await erasePerson(actors.admin, person.id);

    expect(await db().person.count({ where: { id: person.id } })).toBe(0);
    expect(await db().intake.count({ where: { id: intake.id } })).toBe(0);
    const left = await db().registration.findUniqueOrThrow({ where: { id: registration.id } });
    expect(left).toMatchObject({ personId: null, contactName: "—", contactEmail: null, seats: 1 });
    const erase = (await auditEventsFor("Person", person.id)).find((event) => event.action === "ERASE");
    expect(erase?.detail).toMatchObject({ intakes: 1, registrations: 1 });
    await expect(erasePerson(actors.admin, person.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
