import { describe, expect, it } from "vitest";
import { createPerson } from "@/server/cases/create-person";
import { updatePerson } from "@/server/cases/update-person";
import { AppError } from "@/server/errors";
import { db } from "@/server/db";
import { aCaseWorld } from "../../support/factories";

async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("recording and editing a person", () => {
  it("stores every field and the search forms of the names", async () => {
    const { actors, nis } = await aCaseWorld();
    const result = await createPerson(actors.caseworker, {
      firstName: "Yuliia",
      lastName: "Tkachenko",
      firstNameCyrillic: "Юлія",
      lastNameCyrillic: "Ткаченко",
      birthDate: "1990-02-03",
      nationality: "ukr",
      languages: ["uk", "ru"],
      email: "yuliia@example.test",
      phone: "+32 470 00 00 00",
      municipalityNis: nis.home,
      arrivalDate: "2022-03-20",
      tpCertificateDate: "2022-03-22",
      inNationalRegister: "on",
      nationalRegisterDate: "2022-04-10",
      housing: "HOST_FAMILY",
    });
    expect(result.status).toBe("created");
    if (result.status !== "created") return;
    const stored = await db().person.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored).toMatchObject({
      nationality: "UKR",
      languages: ["uk", "ru"],
      inNationalRegister: true,
      housing: "HOST_FAMILY",
      version: 1,
    });
    expect(stored.searchName).toContain("yuliia tkachenko");
    expect(stored.birthDate?.toISOString().slice(0, 10)).toBe("1990-02-03");
  });

  it("reports each wrong or missing field with a message key", async () => {
    const { actors } = await aCaseWorld();
    const error = await failureOf(
      createPerson(actors.caseworker, {
        firstName: " ",
        lastName: "",
        birthDate: "2099-01-01",
        email: "not-an-email",
        phone: "abc",
        nationality: "Ukraine",
        arrivalDate: "2022-02-30",
        lastNameCyrillic: "Smith",
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fields).toMatchObject({
      firstName: ["required"],
      lastName: ["required"],
      birthDate: ["dateInFuture"],
      email: ["invalidEmail"],
      phone: ["invalidPhone"],
      nationality: ["invalid"],
      arrivalDate: ["invalidDate"],
      lastNameCyrillic: ["invalid"],
    });
  });

  it("refuses a stale edit instead of overwriting someone else's change", async () => {
    const { actors, person } = await aCaseWorld();
    const base = {
      firstName: person.firstName,
      lastName: person.lastName,
      municipalityNis: person.municipalityNis,
    };
    await updatePerson(actors.caseworker, {
      personId: person.id,
      version: person.version,
      person: { ...base, phone: "+32 470 11 11 11" },
    });
    const stale = await failureOf(
      updatePerson(actors.officer, {
        personId: person.id,
        version: person.version,
        person: { ...base, phone: "+32 470 22 22 22" },
      }),
    );
    expect(stale.code).toBe("STALE_EDIT");
    const stored = await db().person.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored.phone).toBe("+32 470 11 11 11");
    expect(stored.version).toBe(person.version + 1);
  });

  it("re-derives the search name when the name changes", async () => {
    const { actors, person } = await aCaseWorld();
    await updatePerson(actors.caseworker, {
      personId: person.id,
      version: person.version,
      person: {
        firstName: "Oleksandr",
        lastName: "Shevchenko-Koval",
        municipalityNis: person.municipalityNis,
      },
    });
    expect((await db().person.findUniqueOrThrow({ where: { id: person.id } })).searchName).toContain(
      "shevchenko koval",
    );
  });
});
