import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import {
  confirmOfficialFiguresImport,
  getImportPreview,
  previewOfficialFiguresImport,
} from "@/server/figures/import-official-figures";
import { aMunicipality, anActor, anOrganisation } from "../support/factories";

const now = new Date("2026-11-26T12:00:00Z");
let admin: Actor;
let otherAdmin: Actor;
let officer: Actor;
const upload = (text: string) => ({ fileName: "figures.csv", bytes: new TextEncoder().encode(text) });
const header = "nis_code,date,certificates,registered";

beforeAll(async () => {
  await aMunicipality("44021", "Gent");
  await aMunicipality("11002", "Antwerpen");
  admin = await anActor("ADMIN", await anOrganisation({ type: "AGII" }));
  otherAdmin = await anActor("ADMIN", await anOrganisation({ type: "AGII" }));
  officer = await anActor(
    "MUNICIPALITY_OFFICER",
    await anOrganisation({ type: "MUNICIPALITY", municipalityNis: "44021" }),
  );
});

describe("importing official figures", () => {
  it("previews a clean file, then imports every row in one go, once", async () => {
    const preview = await previewOfficialFiguresImport(
      admin,
      upload(`${header}\n44021,2026-05-06,120,80\n11002,2026-05-06,300,200\n`),
      now,
    );
    expect(preview.errors).toEqual([]);
    expect(preview.importId).not.toBeNull();
    expect(await db().officialFigure.count()).toBe(0);
    expect((await getImportPreview(admin, preview.importId!)).rows).toHaveLength(2);
    await expect(getImportPreview(otherAdmin, preview.importId!)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    expect(await confirmOfficialFiguresImport(admin, preview.importId!)).toEqual({ imported: 2 });
    expect(await db().officialFigure.count({ where: { importId: preview.importId! } })).toBe(2);
    expect(
      await db().officialFigureImport.findUniqueOrThrow({ where: { id: preview.importId! } }),
    ).toMatchObject({ status: "IMPORTED", rowCount: 2, rows: [] });
    await expect(confirmOfficialFiguresImport(admin, preview.importId!)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db().officialFigure.count()).toBe(2);
  });

  it("reports every bad row precisely and keeps nothing", async () => {
    const before = await db().officialFigureImport.count();
    const text = [
      header,
      "44021,2026-06-01,10,5",
      "4402,2026-06-01,1,1",
      "99999,2026-06-01,1,1",
      "11002,2026-06-01,-3,0",
      "11002,2027-01-01,1,1",
      "44021,2026-06-01,10,5",
      "11002,2026-06-02,5,6",
      "44021,2026-05-06,1,1",
    ].join("\n");
    const preview = await previewOfficialFiguresImport(admin, upload(text), now);
    expect(preview.importId).toBeNull();
    expect(preview.errors).toEqual([
      { line: 3, column: "nis_code", key: "nisFormat" },
      { line: 4, column: "nis_code", key: "nisUnknown" },
      { line: 5, column: "certificates", key: "negative" },
      { line: 6, column: "date", key: "dateInFuture" },
      { line: 7, column: null, key: "duplicateRow", duplicateOf: 2 },
      { line: 8, column: "registered", key: "registeredAboveCertificates" },
      { line: 9, column: null, key: "alreadyImported" },
    ]);
    expect(await db().officialFigureImport.count()).toBe(before);
  });

  it("refuses a wrong header and a file that is not UTF-8 text", async () => {
    expect(
      (
        await previewOfficialFiguresImport(
          admin,
          upload("gemeente;datum;attesten;ingeschreven\n44021;2026-05-06;1;1"),
          now,
        )
      ).errors,
    ).toEqual([{ line: 1, column: null, key: "wrongHeader" }]);
    expect(
      (
        await previewOfficialFiguresImport(
          admin,
          { fileName: "x.csv", bytes: new Uint8Array([0xff, 0xfe, 0x00, 0xd8]) },
          now,
        )
      ).errors[0]!.key,
    ).toBe("encoding");
  });

  it("imports none of a preview's rows when one was imported meanwhile", async () => {
    const preview = await previewOfficialFiguresImport(
      admin,
      upload(`${header}\n44021,2026-07-01,10,5\n11002,2026-07-01,20,10\n`),
      now,
    );
    await db().officialFigure.create({
      data: {
        municipalityNis: "11002",
        date: new Date("2026-07-01"),
        certificates: 1,
        registered: 1,
        importId: crypto.randomUUID(),
      },
    });
    await expect(confirmOfficialFiguresImport(admin, preview.importId!)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(
      await db().officialFigure.count({ where: { municipalityNis: "44021", date: new Date("2026-07-01") } }),
    ).toBe(0);
    expect(
      (await db().officialFigureImport.findUniqueOrThrow({ where: { id: preview.importId! } })).status,
    ).toBe("PREVIEW");
  });

  it("is for administrators only", async () => {
    await expect(
      previewOfficialFiguresImport(officer, upload(`${header}\n44021,2026-05-06,1,1`), now),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
