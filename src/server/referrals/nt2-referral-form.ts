import "server-only";
import type { Region } from "@/domain/infosessions/topics";
import { authorize } from "../auth/authorize";
import { personsOfOwnOrganisation } from "../auth/scopes";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { denyAsNotFound } from "../auth/deny";
import { db } from "../db";

/**
 * What the NT2 referral form needs: who is referred (name and region only), their recent intakes
 * to link to, and the active NT2 providers with the places they serve (the page suggests those
 * serving the person's municipality or region, as recorded on each provider's organisation page).
 */
export async function nt2ReferralForm(actor: Actor, personId: string) {
  await authorize(actor, "referrals.create", { type: "Person", id: personId });
  const person = await db().person.findFirst({
    where: { id: personId, ...personsOfOwnOrganisation(actor) },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      municipalityNis: true,
      municipality: { select: { nameNl: true, region: true } },
      intakes: { select: { id: true, conductedOn: true }, orderBy: { conductedOn: "desc" }, take: 5 },
    },
  });
  if (!person) return denyAsNotFound(actor, { type: "Person", id: personId }, { action: "referralForm" });
  const providers = await db().organisation.findMany({
    where: { type: "NT2_PROVIDER", active: true },
    select: {
      id: true,
      name: true,
      servedRegions: true,
      servedMunicipalities: { select: { municipalityNis: true } },
    },
  });
  await recordAudit(db(), actor, "READ", { type: "Person", id: person.id }, { screen: "nt2ReferralForm" });
  const region: Region = person.municipality?.region ?? "FLANDERS";
  return {
    person,
    region,
    providers: providers.map((provider) => ({
      ...provider,
      servedMunicipalities: provider.servedMunicipalities.map((served) => served.municipalityNis),
    })),
  };
}
