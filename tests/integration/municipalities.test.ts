import { readFileSync } from "node:fs";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "@/domain/csv/read";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { previewOfficialFiguresImport } from "@/server/figures/import-official-figures";
import { listMunicipalityGroups } from "@/server/municipalities/municipality-groups";
import { anActor, anOrganisation, aPerson, withContactDetails } from "../support/factories";

const csv = (file: string) =>
  readCsv(readFileSync(`prisma/reference-data/${file}`, "utf8"))
    .slice(1)
    .map((record) => record.cells);
const migration = readFileSync("prisma/migrations/20261201100000_municipalities_2025/migration.sql", "utf8");

let admin: Actor;
beforeAll(async () => {
  admin = await anActor("ADMIN", await anOrganisation({ type: "AGII" }));
});

describe("municipalities (reference data)", () => {
  it("are all 304 in a freshly migrated database, as in the reference CSV", async () => {
    const rows = await db().municipality.findMany({
      select: { nisCode: true, nameNl: true, nameFr: true, province: true, region: true },
      orderBy: { nisCode: "asc" },
    });
    const expected = csv("municipalities-2025.csv")
      .map(([nisCode, nameNl, nameFr, province, region]) => ({
        nisCode,
        nameNl,
        nameFr: nameFr || null,
        province: province || null,
        region,
      }))
      .sort((a, b) => a.nisCode!.localeCompare(b.nisCode!));
    expect(rows).toEqual(expected);
    expect(rows.filter((row) => row.region === "FLANDERS")).toHaveLength(285);
    expect(rows.filter((row) => row.region === "BRUSSELS")).toHaveLength(19);
  });

  it("are offered grouped by the five provinces, with Brussels apart and last", async () => {
    const groups = await listMunicipalityGroups();
    expect(groups.map((group) => group.province)).toEqual([
      "Antwerpen",
      "Limburg",
      "Oost-Vlaanderen",
      "Vlaams-Brabant",
      "West-Vlaanderen",
      null,
    ]);
    expect(groups.at(-1)!.municipalities).toHaveLength(19);
    expect(groups.flatMap((group) => group.municipalities)).toHaveLength(304);
  });

  it("move rows that still carry a ceased code to the successor, adding up figures of one date", async () => {
    // A database from before 2025's mergers: the old municipalities and rows that name them.
    await db().municipality.createMany({
      data: [
        { nisCode: "44048", nameNl: "Nazareth", region: "FLANDERS" },
        { nisCode: "44012", nameNl: "De Pinte", region: "FLANDERS" },
      ],
    });
    const organisation = await anOrganisation({ type: "MUNICIPALITY", municipalityNis: "44048" });
    const person = await aPerson(organisation.id, { ...withContactDetails, municipalityNis: "44012" });
    const household = await db().household.create({
      data: { organisationId: organisation.id, municipalityNis: "44048" },
    });
    const importId = "00000000-0000-4000-a000-000000000001";
    const date = new Date("2024-06-01T00:00:00Z");
    await db().officialFigure.createMany({
      data: [
        { municipalityNis: "44048", date, certificates: 10, registered: 8, importId },
        { municipalityNis: "44012", date, certificates: 5, registered: 2, importId },
      ],
    });

    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query(migration);
    } finally {
      await client.end();
    }

    expect(await db().organisation.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({
      municipalityNis: "44086",
    });
    expect(await db().person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      municipalityNis: "44086",
    });
    expect(await db().household.findUniqueOrThrow({ where: { id: household.id } })).toMatchObject({
      municipalityNis: "44086",
    });
    expect(
      await db().officialFigure.findMany({
        where: { date },
        select: { municipalityNis: true, certificates: true, registered: true },
      }),
    ).toEqual([{ municipalityNis: "44086", certificates: 15, registered: 10 }]);
    expect(await db().municipality.count({ where: { nisCode: { in: ["44048", "44012"] } } })).toBe(0);
    expect(await db().municipality.count()).toBe(304);
  });

  it("accept official figures keyed by a ceased code, and the preview names the old code per row", async () => {
    const preview = await previewOfficialFiguresImport(admin, {
      fileName: "old.csv",
      bytes: new TextEncoder().encode(
        "nis_code,date,certificates,registered\n23023,2024-03-01,7,6\n44021,2024-03-01,9,9\n",
      ),
    });
    expect(preview.errors).toEqual([]);
    expect(preview.rows).toEqual([
      {
        line: 2,
        municipalityNis: "23106",
        date: "2024-03-01",
        certificates: 7,
        registered: 6,
        mappedFrom: ["23023"],
      },
      { line: 3, municipalityNis: "44021", date: "2024-03-01", certificates: 9, registered: 9 },
    ]);
  });
});
