import type { Fact } from "./fact";
import type { brusselsUkraineHubs, dutchCourses, interpretingForUkraine, materials } from "./ukraine-offer";
import type {
  certificatesIssued,
  nationalFiguresMay2022,
  peopleHoldingProtection,
  teamUkraineRecruitment,
} from "./figures";
import type { emergencyNumbers, legalHelpAlternatives, legalHelpdesk } from "./helpdesk";
import type { portalOperator } from "./portal";
import type { eligibilityPractice, municipalityRegistration, registration } from "./procedure";
import type {
  brusselsCivicIntegrationExemption,
  checkLocallySources,
  rightsComparison,
  vdabRegistration,
} from "./rights";
import type {
  endDateHistory,
  internationalProtectionDuration,
  legalBasis,
  militaryObligationCondition,
} from "./temporary-protection";
import { factCatalogue, type FactId } from "./catalogue";

/** The current facts, typed like the initial ones: what a page renders. */
export type FactSet = {
  endDateHistory: typeof endDateHistory;
  militaryObligationCondition: typeof militaryObligationCondition;
  legalBasis: typeof legalBasis;
  registration: typeof registration;
  municipalityRegistration: typeof municipalityRegistration;
  eligibilityPractice: typeof eligibilityPractice;
  internationalProtectionDuration: typeof internationalProtectionDuration;
  certificatesIssued: typeof certificatesIssued;
  peopleHoldingProtection: typeof peopleHoldingProtection;
  rightsComparison: typeof rightsComparison;
  checkLocallySources: typeof checkLocallySources;
  vdabRegistration: typeof vdabRegistration;
  brusselsCivicIntegrationExemption: typeof brusselsCivicIntegrationExemption;
  legalHelpdesk: typeof legalHelpdesk;
  legalHelpAlternatives: typeof legalHelpAlternatives;
  emergencyNumbers: typeof emergencyNumbers;
  dutchCourses: typeof dutchCourses;
  interpretingForUkraine: typeof interpretingForUkraine;
  brusselsUkraineHubs: typeof brusselsUkraineHubs;
  materials: typeof materials;
  teamUkraineRecruitment: typeof teamUkraineRecruitment;
  portalOperator: typeof portalOperator;
  nationalFiguresMay2022: typeof nationalFiguresMay2022;
};

export const initialFacts = (): FactSet =>
  Object.fromEntries(Object.entries(factCatalogue).map(([id, entry]) => [id, entry.initial])) as FactSet;

/**
 * Lays stored facts over the initial ones. A stored value that no longer passes the fact's schema (a
 * release changed the value's shape) is ignored, so a page never renders a value it cannot read.
 */
export function mergeStoredFacts(stored: readonly (Fact<unknown> & { id: string })[]): FactSet {
  const facts = initialFacts() as Record<FactId, Fact<unknown>>;
  for (const row of stored) {
    if (!(row.id in factCatalogue)) continue;
    const entry = factCatalogue[row.id as FactId];
    if (!entry.schema.safeParse(row.value).success) continue;
    facts[row.id as FactId] = {
      value: row.value,
      source: row.source,
      checkedOn: row.checkedOn,
      confidence: row.confidence,
    };
  }
  return facts as FactSet;
}

/** Whole months between a fact's check and today: the Facts screen sorts by it, the dashboard warns on it. */
export function monthsSince(isoDate: string, today: Date): number {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  const months = (today.getUTCFullYear() - year) * 12 + (today.getUTCMonth() + 1 - month);
  return today.getUTCDate() < day ? months - 1 : months;
}
