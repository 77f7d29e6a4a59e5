/**
 * Prints the SQL that loads prisma/reference-data/*.csv, for the municipalities migration:
 * `npx tsx scripts/reference-data-sql.ts > prisma/migrations/<folder>/migration.sql` (then add the
 * schema change above it). Kept so that a later change of municipalities is made the same way, in a
 * new migration, from the CSV.
 */
import { readFileSync } from "node:fs";
import { readCsv } from "../src/domain/csv/read";

const rowsOf = (file: string) => {
  const [header, ...body] = readCsv(readFileSync(`prisma/reference-data/${file}`, "utf8"));
  const names = header!.cells;
  return body
    .filter((record) => record.cells.some(Boolean))
    .map((record) => Object.fromEntries(names.map((name, i) => [name, record.cells[i] ?? ""])));
};
const text = (value: string) => (value === "" ? "NULL" : `'${value.replace(/'/g, "''")}'`);

const current = rowsOf("municipalities-2025.csv");
const ceased = rowsOf("municipalities-merged-2025.csv");

console.log(`-- The 304 municipalities valid since 1 January 2025 (Statbel REFNIS; see prisma/reference-data/README.md).
INSERT INTO "Municipality" ("nisCode", "nameNl", "nameFr", "province", "region") VALUES
${current.map((m) => `  (${text(m.nis_code!)}, ${text(m.name_nl!)}, ${text(m.name_fr!)}, ${text(m.province_nl!)}, '${m.region}')`).join(",\n")}
ON CONFLICT ("nisCode") DO UPDATE SET "nameNl" = EXCLUDED."nameNl", "nameFr" = EXCLUDED."nameFr", "province" = EXCLUDED."province", "region" = EXCLUDED."region";

-- The 27 codes that ceased on 1 January 2025: rows that still carry one move to the successor.
CREATE TEMPORARY TABLE ceased_municipality (old_nis VARCHAR(5) PRIMARY KEY, new_nis VARCHAR(5) NOT NULL);
INSERT INTO ceased_municipality VALUES
${ceased.map((m) => `  (${text(m.old_nis_code!)}, ${text(m.new_nis_code!)})`).join(",\n")};

UPDATE "Person" t SET "municipalityNis" = c.new_nis FROM ceased_municipality c WHERE t."municipalityNis" = c.old_nis;
UPDATE "Household" t SET "municipalityNis" = c.new_nis FROM ceased_municipality c WHERE t."municipalityNis" = c.old_nis;
UPDATE "Registration" t SET "municipalityNis" = c.new_nis FROM ceased_municipality c WHERE t."municipalityNis" = c.old_nis;
UPDATE "Organisation" t SET "municipalityNis" = c.new_nis FROM ceased_municipality c WHERE t."municipalityNis" = c.old_nis;

-- Official figures are counts: those of merged municipalities on the same date are added up under the successor.
INSERT INTO "OfficialFigure" ("id", "municipalityNis", "date", "certificates", "registered", "importId", "importedAt")
SELECT gen_random_uuid(), c.new_nis, f."date", SUM(f."certificates"), SUM(f."registered"), (array_agg(f."importId"))[1], MAX(f."importedAt")
FROM "OfficialFigure" f JOIN ceased_municipality c ON f."municipalityNis" = c.old_nis
GROUP BY c.new_nis, f."date"
ON CONFLICT ("municipalityNis", "date") DO UPDATE SET
  "certificates" = "OfficialFigure"."certificates" + EXCLUDED."certificates",
  "registered" = "OfficialFigure"."registered" + EXCLUDED."registered";
DELETE FROM "OfficialFigure" f USING ceased_municipality c WHERE f."municipalityNis" = c.old_nis;

DELETE FROM "Municipality" m USING ceased_municipality c WHERE m."nisCode" = c.old_nis;
DROP TABLE ceased_municipality;`);
