import "server-only";
import { supportRegionOf } from "@/domain/questions/topics";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { db } from "../db";

/** The municipalities a question can be about: those in Flanders and Brussels (AgII's area). */
export async function municipalitiesToAskAbout(actor: Actor) {
  await authorize(actor, "questions.ask", { type: "Municipality" });
  const all = await db().municipality.findMany({
    select: { nisCode: true, nameNl: true, province: true, region: true },
    orderBy: { nameNl: "asc" },
  });
  return all
    .filter((municipality) => supportRegionOf(municipality) !== null)
    .map(({ nisCode, nameNl }) => ({ nisCode, nameNl }));
}
