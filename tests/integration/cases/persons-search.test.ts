import { beforeAll, describe, expect, it } from "vitest";
import { createPerson } from "@/server/cases/create-person";
import { searchPersons } from "@/server/cases/search-persons";
import { db } from "@/server/db";
import { aCaseWorld, aPerson } from "../../support/factories";

describe("person search across scripts and spellings", () => {
  let world: Awaited<ReturnType<typeof aCaseWorld>>;

  beforeAll(async () => {
    world = await aCaseWorld();
    // A Cyrillic-only record: the caseworker typed the name as it is on the Ukrainian document.
    await aPerson(world.organisations.ghentOcmw.id, {
      firstName: "Олена",
      lastName: "Коваленко",
      firstNameCyrillic: "Олена",
      lastNameCyrillic: "Коваленко",
    });
    await aPerson(world.organisations.ghentOcmw.id, { firstName: "Iryna", lastName: "Bondarenko" });
  });

  it.each([
    "Oleksandr Shevchenko",
    "Aleksandr Sevcenko",
    "shevch",
    "Шевченко",
    "Ševčenko Oleksandr",
    "OLEKSANDR",
  ])("finds Олександр Шевченко from %s", async (query) => {
    const rows = await searchPersons(world.actors.caseworker, { query });
    expect(rows[0]?.id).toBe(world.person.id);
  });

  it("finds a Cyrillic-only record from its Latin spelling", async () => {
    const rows = await searchPersons(world.actors.caseworker, { query: "olena kovalenko" });
    expect(rows.map((row) => row.lastName)).toContain("Коваленко");
  });

  it("finds a given name from its other form: Russian for Ukrainian and back", async () => {
    await aPerson(world.organisations.ghentOcmw.id, { firstName: "Mykola", lastName: "Tkachuk" });
    const nikolai = await searchPersons(world.actors.caseworker, { query: "Nikolai Tkachuk" });
    expect(nikolai.map((row) => row.firstName)).toEqual(["Mykola"]);
    const elena = await searchPersons(world.actors.caseworker, { query: "Elena" });
    expect(elena.map((row) => row.lastName)).toContain("Коваленко");
  });

  it("does not return unrelated names", async () => {
    const rows = await searchPersons(world.actors.caseworker, { query: "Bondarenko" });
    expect(rows.map((row) => row.lastName)).toEqual(["Bondarenko"]);
  });

  it("carries only list fields", async () => {
    const [row] = await searchPersons(world.actors.caseworker, { query: "shevch" });
    expect(Object.keys(row ?? {}).sort()).toEqual([
      "birthDate",
      "firstName",
      "firstNameCyrillic",
      "id",
      "lastName",
      "lastNameCyrillic",
      "municipalityName",
    ]);
  });

  it("audits the ids it shows, in the same statement, and nothing when nothing is found", async () => {
    const before = await db().auditEvent.count({
      where: { action: "READ", entityType: "Person", actorUserId: world.actors.caseworker.userId },
    });
    await searchPersons(world.actors.caseworker, { query: "shevch" });
    await searchPersons(world.actors.caseworker, { query: "zzzzqqq" });
    const events = await db().auditEvent.findMany({
      where: { action: "READ", entityType: "Person", actorUserId: world.actors.caseworker.userId },
      orderBy: { id: "asc" },
    });
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)?.detail).toMatchObject({ view: "list", personIds: [world.person.id] });
    expect(JSON.stringify(events.at(-1)?.detail)).not.toContain("shevch");
  });

  it("treats LIKE wildcards as text", async () => {
    const everyone = await searchPersons(world.actors.caseworker, { query: "" });
    expect(await searchPersons(world.actors.caseworker, { query: "%" })).toEqual(everyone);
    expect(await searchPersons(world.actors.caseworker, { query: "_%_" })).toEqual(everyone);
  });

  it("shows likely duplicates before creating the same person again", async () => {
    const attempt = await createPerson(world.actors.caseworker, {
      firstName: "Aleksandr",
      lastName: "Sevcenko",
      birthDate: "1985-04-12",
    });
    expect(attempt.status).toBe("possibleDuplicates");
    if (attempt.status !== "possibleDuplicates") return;
    expect(attempt.duplicates.map((row) => row.id)).toContain(world.person.id);

    const otherOrganisation = await createPerson(world.actors.otherCaseworker, {
      firstName: "Aleksandr",
      lastName: "Sevcenko",
      birthDate: "1985-04-12",
    });
    expect(otherOrganisation.status).toBe("created");

    const differentBirthDate = await createPerson(world.actors.caseworker, {
      firstName: "Oleksandr",
      lastName: "Shevchenko",
      birthDate: "2012-01-01",
    });
    expect(differentBirthDate.status).toBe("created");

    const confirmed = await createPerson(
      world.actors.caseworker,
      { firstName: "Aleksandr", lastName: "Sevcenko", birthDate: "1985-04-12" },
      { confirmedNotDuplicate: true },
    );
    expect(confirmed.status).toBe("created");
  });
});
