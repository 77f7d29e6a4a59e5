import "server-only";
import { createHash } from "node:crypto";
import {
  parseOfficialFiguresCsv,
  type OfficialCsvError,
  type OfficialFigureRow,
} from "@/domain/figures/official-csv";
import { brusselsDate } from "@/domain/time/brussels";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";

export type ImportPreview = {
  importId: string | null;
  fileName: string;
  rows: OfficialFigureRow[];
  errors: OfficialCsvError[] | { line: number; column: null; key: "encoding" }[];
};

/**
 * Step one of an import: checks every row of the uploaded CSV. A clean file is kept as a preview
 * (server-side, tied to the administrator who uploaded it) for step two to import; a file with any
 * problem is kept nowhere and its errors are returned, line by line.
 */
export async function previewOfficialFiguresImport(
  actor: Actor,
  upload: { fileName: string; bytes: Uint8Array },
  now = new Date(),
): Promise<ImportPreview> {
  await authorize(actor, "figures.import", { type: "OfficialFigureImport" });
  const fileName = upload.fileName.slice(0, 200);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(upload.bytes);
  } catch {
    return { importId: null, fileName, rows: [], errors: [{ line: 1, column: null, key: "encoding" }] };
  }
  const municipalities = await db().municipality.findMany({ select: { nisCode: true } });
  const result = parseOfficialFiguresCsv(text, {
    today: brusselsDate(now),
    knownNisCodes: new Set(municipalities.map((m) => m.nisCode)),
  });
  const errors = [...result.errors, ...(await alreadyImported(result.rows))].sort((a, b) => a.line - b.line);
  if (errors.length > 0) return { importId: null, fileName, rows: result.rows, errors };

  const draft = await db().officialFigureImport.create({
    data: {
      createdById: actor.userId,
      fileName,
      sha256: createHash("sha256").update(upload.bytes).digest("hex"),
      rowCount: result.rows.length,
      rows: result.rows,
    },
    select: { id: true },
  });
  await recordAudit(
    db(),
    actor,
    "CREATE",
    { type: "OfficialFigureImport", id: draft.id },
    { rows: result.rows.length, status: "PREVIEW" },
  );
  return { importId: draft.id, fileName, rows: result.rows, errors: [] };
}

/** Rows for a municipality and date already in the database: an import adds, it never silently overwrites. */
async function alreadyImported(rows: OfficialFigureRow[]): Promise<OfficialCsvError[]> {
  if (rows.length === 0) return [];
  const existing = await db().$queryRaw<{ nis: string; date: string }[]>`
    SELECT o."municipalityNis" AS nis, to_char(o."date", 'YYYY-MM-DD') AS date FROM "OfficialFigure" o
    JOIN unnest(${rows.map((row) => row.municipalityNis)}::text[], ${rows.map((row) => row.date)}::date[]) AS wanted(nis, date)
      ON wanted.nis = o."municipalityNis" AND wanted.date = o."date"`;
  const taken = new Set(existing.map((row) => `${row.nis}|${row.date}`));
  return rows
    .filter((row) => taken.has(`${row.municipalityNis}|${row.date}`))
    .map((row) => ({ line: row.line, column: null, key: "alreadyImported" as const }));
}

/** The preview an administrator uploaded, for the confirmation screen. */
export async function getImportPreview(actor: Actor, importId: string) {
  await authorize(actor, "figures.import", { type: "OfficialFigureImport", id: importId });
  const draft = await db().officialFigureImport.findFirst({
    where: { id: importId, createdById: actor.userId },
    select: {
      id: true,
      fileName: true,
      status: true,
      rowCount: true,
      rows: true,
      createdAt: true,
      importedAt: true,
    },
  });
  if (!draft) throw new AppError("NOT_FOUND");
  return { ...draft, rows: draft.rows as unknown as OfficialFigureRow[] };
}

/**
 * Step two: imports every row of a preview in one transaction, or none. Claiming the preview with a
 * conditional update makes a double submit import it once; the unique (municipality, date) key
 * makes rows someone imported since the preview fail the whole import.
 */
export async function confirmOfficialFiguresImport(
  actor: Actor,
  importId: string,
): Promise<{ imported: number }> {
  await authorize(actor, "figures.import", { type: "OfficialFigureImport", id: importId });
  try {
    return await db().$transaction(async (tx) => {
      const claimed = await tx.officialFigureImport.updateMany({
        where: { id: importId, createdById: actor.userId, status: "PREVIEW" },
        data: { status: "IMPORTED", importedAt: new Date() },
      });
      if (claimed.count === 0) throw new AppError("CONFLICT", "importGone");
      const draft = await tx.officialFigureImport.findUniqueOrThrow({
        where: { id: importId },
        select: { rows: true },
      });
      const rows = draft.rows as unknown as OfficialFigureRow[];
      const created = await tx.officialFigure.createMany({
        data: rows.map((row) => ({
          municipalityNis: row.municipalityNis,
          date: new Date(`${row.date}T00:00:00Z`),
          certificates: row.certificates,
          registered: row.registered,
          importId,
        })),
      });
      // The rows now live in OfficialFigure (with this importId); the preview keeps only who, when and how many.
      await tx.officialFigureImport.update({ where: { id: importId }, data: { rows: [] } });
      await recordAudit(
        tx,
        actor,
        "CREATE",
        { type: "OfficialFigureImport", id: importId },
        { rows: created.count, status: "IMPORTED" },
      );
      return { imported: created.count };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("CONFLICT", "importGone");
    throw error;
  }
}
