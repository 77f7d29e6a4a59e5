import "server-only";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { db } from "../db";

/** The municipalities an administrator can pick on the figures page. */
export async function listMunicipalitiesForFigures(actor: Actor) {
  await authorize(actor, "figures.compare", { type: "Municipality" });
  return db().municipality.findMany({
    select: { nisCode: true, nameNl: true, province: true, region: true },
    orderBy: { nameNl: "asc" },
  });
}
