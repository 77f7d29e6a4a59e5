import type { Region } from "../infosessions/topics";
import type { Nt2Profile } from "./profile";

/**
 * Which Dutch course fits a learner, following AgII's two demand types: a quick return asks for
 * something short, oral and practical (the welcome module of 40 lesson periods); a longer stay asks for the full
 * NT2 trajectory, at the pace the learner's schooling allows (basic education centre, adult
 * education centre, or the fast track of a university language centre).
 */
export type Nt2Offer = "WELCOME_MODULE" | "FULL_TRAJECTORY";
export type Nt2Track = "BASIC_EDUCATION" | "ADULT_EDUCATION" | "FAST_TRACK";
export type Nt2Delivery = "ONLINE" | "ON_SITE" | "BLENDED";
export type Nt2Note = "oralSkills" | "needsDigitalSupport" | "eveningOrWeekendClasses" | "literacyFirst";

export type Nt2Suggestion = {
  offer: Nt2Offer;
  track: Nt2Track | null;
  delivery: Nt2Delivery;
  notes: Nt2Note[];
};

export function suggestNt2Offer(profile: Nt2Profile): Nt2Suggestion {
  const notes: Nt2Note[] = [];
  const offer: Nt2Offer = profile.intendedStay === "QUICK_RETURN" ? "WELCOME_MODULE" : "FULL_TRAJECTORY";
  if (offer === "WELCOME_MODULE") notes.push("oralSkills");

  let track: Nt2Track | null = null;
  if (offer === "FULL_TRAJECTORY") {
    const littleSchooling = profile.priorSchooling === "NONE" || profile.priorSchooling === "PRIMARY";
    if (littleSchooling || !profile.cvoProfile) track = "BASIC_EDUCATION";
    else if (profile.priorSchooling === "HIGHER") track = "FAST_TRACK";
    else track = "ADULT_EDUCATION";
    if (profile.priorSchooling === "NONE") notes.push("literacyFirst");
  }

  const delivery = deliveryFor(profile);
  // Online was asked for but the learner cannot yet work a computer: say so rather than set them up to fail.
  if (profile.mode === "ONLINE" && !profile.digitallySkilled) notes.push("needsDigitalSupport");
  if (!profile.availability.includes("DAY")) notes.push("eveningOrWeekendClasses");
  return { offer, track, delivery, notes };
}

function deliveryFor(profile: Nt2Profile): Nt2Delivery {
  if (!profile.digitallySkilled) return "ON_SITE";
  if (profile.mode === "ONLINE") return "ONLINE";
  if (profile.mode === "EITHER") return "BLENDED";
  return "ON_SITE";
}

export type Nt2ProviderCandidate = {
  id: string;
  name: string;
  servedRegions: readonly Region[];
  servedMunicipalities: readonly string[];
};

/**
 * The NT2 providers that take learners from where the learner lives, as their organisation page
 * records it: those serving the learner's municipality first, then those serving the whole region;
 * by name within each. Providers serving neither are left out.
 */
export function providersServing<T extends Nt2ProviderCandidate>(
  providers: readonly T[],
  learner: { region: Region; municipalityNis: string | null },
): T[] {
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, "nl");
  const local = providers
    .filter(
      (provider) =>
        learner.municipalityNis !== null && provider.servedMunicipalities.includes(learner.municipalityNis),
    )
    .sort(byName);
  const regional = providers
    .filter((provider) => !local.includes(provider) && provider.servedRegions.includes(learner.region))
    .sort(byName);
  return [...local, ...regional];
}
