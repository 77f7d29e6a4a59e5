import { describe, expect, it } from "vitest";
import { createPerson } from "@/server/cases/create-person";
import { getPerson, getPersonCaseOverview, getPersonName } from "@/server/cases/get-person";
import { searchPersons } from "@/server/cases/search-persons";
import { updatePerson } from "@/server/cases/update-person";
import { exportPerson } from "@/server/cases/export-person";
import { erasePerson } from "@/server/cases/erase-person";
import { AppError } from "@/server/errors";
import { db } from "@/server/db";
import { aCaseWorld, anIntake, aPerson, auditEventsFor } from "../../support/factories";

const editOf = (person: { firstName: string; lastName: string; municipalityNis: string | null }) => ({
  firstName: person.firstName,
  lastName: person.lastName,
  municipalityNis: person.municipalityNis ?? "",
  housing: "HOST_FAMILY",
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("who may see and change a person (the role table, in the query)", () => {
  it("reading a person's details: own organisation, own municipality and admin only", async () => {
    const { actors, person } = await aCaseWorld();
    const outcome = async (actor: (typeof actors)[keyof typeof actors]) =>
      codeOf(getPerson(actor, person.id));
    expect(await outcome(actors.caseworker)).toBe("OK");
    expect(await outcome(actors.officer)).toBe("OK");
    expect(await outcome(actors.admin)).toBe("OK");
    expect(await outcome(actors.otherCaseworker)).toBe("NOT_FOUND");
    expect(await outcome(actors.otherOfficer)).toBe("NOT_FOUND");
    expect(await outcome(actors.nt2)).toBe("FORBIDDEN");
  });

  it("every read is audited with field names and ids, never values; every refusal too", async () => {
    const { actors, person } = await aCaseWorld();
    await getPerson(actors.caseworker, person.id);
    await codeOf(getPerson(actors.otherCaseworker, person.id));
    await codeOf(getPerson(actors.nt2, person.id));
    const events = await auditEventsFor("Person", person.id);
    const read = events.find((event) => event.action === "READ");
    expect(read?.actorUserId).toBe(actors.caseworker.userId);
    expect(read?.detail).toMatchObject({ fields: expect.arrayContaining(["firstName", "birthDate"]) });
    expect(JSON.stringify(events.map((event) => event.detail))).not.toContain("Shevchenko");
    expect(events.filter((event) => event.action === "DENIED").map((event) => event.actorUserId)).toEqual(
      expect.arrayContaining([actors.otherCaseworker.userId, actors.nt2.userId]),
    );
  });

  it("a page that shows only the name reads and audits only the name, in the same scope", async () => {
    const { actors, person } = await aCaseWorld();
    expect(await getPersonName(actors.caseworker, person.id)).toEqual({
      id: person.id,
      firstName: person.firstName,
      lastName: person.lastName,
    });
    expect(await codeOf(getPersonName(actors.otherCaseworker, person.id))).toBe("NOT_FOUND");
    expect(await codeOf(getPersonName(actors.nt2, person.id))).toBe("FORBIDDEN");
    const read = (await auditEventsFor("Person", person.id)).find((event) => event.action === "READ");
    expect(read?.detail).toEqual({ view: "name", fields: ["id", "firstName", "lastName"] });
  });

  it("changing a person: the same scope as reading", async () => {
    const { actors, person } = await aCaseWorld();
    expect(
      await codeOf(
        updatePerson(actors.otherCaseworker, {
          personId: person.id,
          version: person.version,
          person: editOf(person),
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        updatePerson(actors.otherOfficer, {
          personId: person.id,
          version: person.version,
          person: editOf(person),
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        updatePerson(actors.nt2, { personId: person.id, version: person.version, person: editOf(person) }),
      ),
    ).toBe("FORBIDDEN");
    expect(
      await codeOf(updatePerson(actors.officer, { personId: person.id, version: 1, person: editOf(person) })),
    ).toBe("OK");
    expect(
      await codeOf(
        updatePerson(actors.caseworker, { personId: person.id, version: 2, person: editOf(person) }),
      ),
    ).toBe("OK");
    expect(
      await codeOf(updatePerson(actors.admin, { personId: person.id, version: 3, person: editOf(person) })),
    ).toBe("OK");
    const stored = await db().person.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored.version).toBe(4);
    expect(stored.housing).toBe("HOST_FAMILY");
  });

  it("an update is audited with the names of the fields that changed", async () => {
    const { actors, person } = await aCaseWorld();
    await updatePerson(actors.caseworker, {
      personId: person.id,
      version: person.version,
      person: {
        ...editOf(person),
        phone: "+32 470 12 34 56",
      },
    });
    const update = (await auditEventsFor("Person", person.id)).find((event) => event.action === "UPDATE");
    expect(update?.detail).toMatchObject({ fields: expect.arrayContaining(["phone", "housing"]) });
    expect((update?.detail as { fields: string[] }).fields).not.toContain("firstName");
    expect(JSON.stringify(update?.detail)).not.toContain("470");
  });

  it("a municipality officer cannot move a person out of their municipality, nor record one elsewhere", async () => {
    const { actors, person, nis } = await aCaseWorld();
    const leuvenNis = nis.other;
    expect(
      await codeOf(
        updatePerson(actors.officer, {
          personId: person.id,
          version: person.version,
          person: {
            ...editOf(person),
            municipalityNis: leuvenNis,
          },
        }),
      ),
    ).toBe("INVALID_INPUT");
    expect(
      await codeOf(
        createPerson(actors.officer, { firstName: "Iryna", lastName: "Bondar", municipalityNis: leuvenNis }),
      ),
    ).toBe("INVALID_INPUT");
    const created = await createPerson(actors.officer, { firstName: "Iryna", lastName: "Bondar" });
    expect(created.status).toBe("created");
    if (created.status !== "created") return;
    const stored = await db().person.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.municipalityNis).toBe(nis.home);
    expect(stored.organisationId).toBe(actors.officer.organisationId);
  });

  it("a municipality officer sees the person but no intakes (no intake notes)", async () => {
    const { actors, person } = await aCaseWorld();
    await anIntake(person, actors.caseworker);
    expect((await getPersonCaseOverview(actors.officer, person.id)).intakes).toHaveLength(0);
    expect((await getPersonCaseOverview(actors.caseworker, person.id)).intakes).toHaveLength(1);
    expect((await getPersonCaseOverview(actors.otherCaseworker, person.id)).intakes).toHaveLength(0);
    expect(await codeOf(getPersonCaseOverview(actors.nt2, person.id))).toBe("FORBIDDEN");
  });

  it("search lists only the persons in scope", async () => {
    const { actors, organisations, nis } = await aCaseWorld();
    await aPerson(organisations.leuvenOcmw.id, {
      firstName: "Oleksii",
      lastName: "Shevchuk",
      municipalityNis: nis.other,
    });
    const names = async (actor: (typeof actors)[keyof typeof actors]) =>
      (await searchPersons(actor, { query: "shev" })).map((row) => row.lastName).sort();
    expect(await names(actors.caseworker)).toEqual(["Shevchenko"]);
    expect(await names(actors.otherCaseworker)).toEqual(["Shevchuk"]);
    expect(await names(actors.officer)).toEqual(["Shevchenko"]);
    expect(await names(actors.otherOfficer)).toEqual(["Shevchuk"]);
    expect(await names(actors.admin)).toEqual(expect.arrayContaining(["Shevchenko", "Shevchuk"]));
    expect(await codeOf(searchPersons(actors.nt2, { query: "shev" }))).toBe("FORBIDDEN");
  });

  it("export and erase are for administrators only", async () => {
    const { actors, person } = await aCaseWorld();
    for (const actor of [actors.caseworker, actors.officer, actors.nt2]) {
      expect(await codeOf(exportPerson(actor, person.id))).toBe("FORBIDDEN");
      expect(await codeOf(erasePerson(actor, person.id))).toBe("FORBIDDEN");
    }
    expect(await db().person.count({ where: { id: person.id } })).toBe(1);
  });

  it("the organisation of a new person is the actor's, whatever the input says", async () => {
    const { actors, organisations } = await aCaseWorld();
    const created = await createPerson(actors.caseworker, {
      firstName: "Taras",
      lastName: "Melnyk",
      organisationId: organisations.leuvenOcmw.id,
    });
    expect(created.status).toBe("created");
    if (created.status !== "created") return;
    expect((await db().person.findUniqueOrThrow({ where: { id: created.id } })).organisationId).toBe(
      organisations.ghentOcmw.id,
    );
  });
});
