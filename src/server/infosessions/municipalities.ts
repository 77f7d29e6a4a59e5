import "server-only";
import { db } from "../db";

/** Municipalities for the registration form's list, by name. */
export async function listMunicipalities(): Promise<{ nisCode: string; name: string }[]> {
  const rows = await db().municipality.findMany({ orderBy: { nameNl: "asc" }, select: { nisCode: true, nameNl: true } });
  return rows.map((row) => ({ nisCode: row.nisCode, name: row.nameNl }));
}
