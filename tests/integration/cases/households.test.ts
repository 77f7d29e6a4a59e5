import { describe, expect, it } from "vitest";
import { addHouseholdMember } from "@/server/cases/add-household-member";
import { createHousehold } from "@/server/cases/create-household";
import { createPerson } from "@/server/cases/create-person";
import { getHousehold } from "@/server/cases/get-household";
import { removeHouseholdMember } from "@/server/cases/remove-household-member";
import { db } from "@/server/db";
import { aCaseWorld, aPerson } from "../../support/factories";

describe("households", () => {
  it("are started around a head, take members with a relation, and lose them again", async () => {
    const { actors, person, organisations } = await aCaseWorld();
    const child = await aPerson(organisations.ghentOcmw.id, { firstName: "Sofiia", lastName: "Shevchenko" });
    const household = await createHousehold(actors.caseworker, person.id);
    expect(await createHousehold(actors.caseworker, person.id)).toEqual(household);
    await addHouseholdMember(actors.caseworker, household.id, { personId: child.id, relation: "CHILD" });

    const details = await getHousehold(actors.caseworker, household.id);
    expect(details.members.map((member) => [member.firstName, member.relationToHead])).toEqual([
      ["Oleksandr", "HEAD"],
      ["Sofiia", "CHILD"],
    ]);
    const stored = await db().household.findUniqueOrThrow({ where: { id: household.id } });
    expect(stored.organisationId).toBe(organisations.ghentOcmw.id);

    await removeHouseholdMember(actors.caseworker, household.id, child.id);
    expect((await getHousehold(actors.caseworker, household.id)).members).toHaveLength(1);
  });

  it("cannot be read or changed across organisations, nor take another organisation's person", async () => {
    const { actors, person, organisations } = await aCaseWorld();
    const household = await createHousehold(actors.caseworker, person.id);
    const stranger = await aPerson(organisations.leuvenOcmw.id, { firstName: "Ivan", lastName: "Stranger" });
    await expect(getHousehold(actors.otherCaseworker, household.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getHousehold(actors.nt2, household.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      addHouseholdMember(actors.caseworker, household.id, { personId: stranger.id, relation: "OTHER" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      addHouseholdMember(actors.otherCaseworker, household.id, { personId: stranger.id, relation: "OTHER" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      removeHouseholdMember(actors.otherCaseworker, household.id, person.id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      addHouseholdMember(actors.caseworker, household.id, { personId: "not-a-uuid", relation: "SON" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await getHousehold(actors.officer, household.id)).toMatchObject({ id: household.id });
  });

  it("record a new member straight into the household, never as its head nor into a household out of reach", async () => {
    const { actors, person } = await aCaseWorld();
    const household = await createHousehold(actors.caseworker, person.id);
    const child = { firstName: "Marta", lastName: "Shevchenko", birthDate: "2016-04-02", languages: ["uk"] };
    const joined = await createPerson(actors.caseworker, child, {
      household: { householdId: household.id, relation: "CHILD" },
    });
    expect(joined.status).toBe("created");
    const members = (await getHousehold(actors.caseworker, household.id)).members;
    expect(members.map((member) => [member.firstName, member.relationToHead])).toEqual([
      ["Oleksandr", "HEAD"],
      ["Marta", "CHILD"],
    ]);

    const before = await db().person.count();
    const sibling = { ...child, firstName: "Ivan", birthDate: "2014-01-01" };
    await expect(
      createPerson(actors.caseworker, sibling, {
        household: { householdId: household.id, relation: "HEAD" },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      createPerson(actors.otherCaseworker, sibling, {
        household: { householdId: household.id, relation: "SIBLING" },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().person.count()).toBe(before);
  });
});
