import { z } from "zod";
import { confidences, type Fact } from "./fact";
import {
  brusselsUkraineHubs,
  dutchCourses,
  interpretingForUkraine,
  materialKinds,
  materials,
} from "./ukraine-offer";
import {
  certificatesIssued,
  nationalFiguresMay2022,
  peopleHoldingProtection,
  teamUkraineRecruitment,
} from "./figures";
import { emergencyNumbers, legalHelpAlternatives, legalHelpdesk } from "./helpdesk";
import { portalOperator } from "./portal";
import { eligibilityPractice, municipalityRegistration, registration } from "./procedure";
import {
  brusselsCivicIntegrationExemption,
  checkLocallySources,
  rightsComparison,
  rightTopics,
  statuses,
  vdabRegistration,
} from "./rights";
import {
  endDateHistory,
  internationalProtectionDuration,
  legalBasis,
  militaryObligationCondition,
} from "./temporary-protection";
import { calendarDate } from "./iso-date";
import { locales } from "../locale";

/** A public page path without the locale ("" is the home page), as in src/domain/public-pages.ts. */
export type FactPage =
  | ""
  | "/status"
  | "/rights"
  | "/eligibility"
  | "/help"
  | "/integration"
  | "/brussels"
  | "/materials"
  | "/interpreting"
  | "/about";

const isoDate = z.string().refine((value) => {
  try {
    calendarDate(value);
    return true;
  } catch {
    return false;
  }
}, "not an ISO date (YYYY-MM-DD)");
const url = z.url({ protocol: /^https$/ });
const count = z.number().int().nonnegative();
const localizedText = z.object(
  Object.fromEntries(locales.map((locale) => [locale, z.string().trim().min(1).max(300)])) as Record<
    (typeof locales)[number],
    z.ZodString
  >,
);

export const sourceSchema = z.object({ title: localizedText, url, publishedOn: isoDate.nullable() });
export const confidenceSchema = z.enum(confidences);

const rightCell = z.object({
  access: z.enum(["yes", "partly", "no"]),
  detail: z.enum(
    Object.values(rightsComparison.value).flatMap((row) => Object.values(row).map((cell) => cell.detail)) as [
      string,
      ...string[],
    ],
  ),
  checkLocally: z.boolean(),
});
const byStatus = z.object(
  Object.fromEntries(statuses.map((status) => [status, rightCell])) as Record<
    (typeof statuses)[number],
    typeof rightCell
  >,
);
const slot = z.object({
  weekday: z.number().int().min(1).max(7),
  opensAt: z.number().int().min(0).max(1440),
  closesAt: z.number().int().min(0).max(1440),
});

/**
 * Every fact staff can keep current: its initial value (the code's), the schema an edited value must
 * pass, and the public pages that show it, so a change revalidates exactly those pages.
 */
function entry<T>(fact: Fact<T>, schema: z.ZodType<T>, pages: readonly FactPage[]) {
  return { initial: fact as Fact<unknown>, schema: schema as z.ZodType<unknown>, pages };
}

export const factCatalogue = {
  endDateHistory: entry(
    endDateHistory,
    z
      .array(
        z.object({
          what: z.enum(["activation", "automaticExtension", "councilExtension"]),
          act: z
            .string()
            .regex(/^\d{4}\/\d+$/)
            .nullable(),
          politicalAgreementOn: isoDate.nullable(),
          actOn: isoDate,
          endsOn: isoDate,
        }),
      )
      .min(1)
      .refine(
        (history) => history.every((change, i) => i === 0 || change.endsOn > history[i - 1]!.endsOn),
        "each end date must be later than the one before",
      ),
    ["/status"],
  ),
  militaryObligationCondition: entry(
    militaryObligationCondition,
    z.object({ appliesFrom: isoDate, act: z.string().min(1) }),
    ["/status"],
  ),
  legalBasis: entry(
    legalBasis,
    z.object({
      directive: z.string().min(1),
      activation: z.string().min(1),
      activatedOn: isoDate,
      fledOnOrAfter: isoDate,
    }),
    ["/status", "/eligibility"],
  ),
  registration: entry(registration, z.object({ authorityUrl: url }), ["/status", "/help"]),
  municipalityRegistration: entry(
    municipalityRegistration,
    z.object({ registerWithinMonths: count, annex15ValidDays: count }),
    ["/status"],
  ),
  eligibilityPractice: entry(
    eligibilityPractice,
    z.object({
      refusals2024: count,
      refusalsJanToOct2025: count,
      refusalShareJanToOct2025: z.number().min(0).max(100),
    }),
    ["/eligibility"],
  ),
  internationalProtectionDuration: entry(internationalProtectionDuration, z.object({ limitedYears: count }), [
    "/status",
  ]),
  certificatesIssued: entry(
    certificatesIssued,
    z.object({ total: count, asOf: isoDate, perYear: z.record(z.string().regex(/^\d{4}$/), count) }),
    ["/status"],
  ),
  peopleHoldingProtection: entry(peopleHoldingProtection, z.object({ total: count, asOf: isoDate }), [
    "/status",
  ]),
  rightsComparison: entry(
    rightsComparison,
    z.object(
      Object.fromEntries(rightTopics.map((topic) => [topic, byStatus])) as Record<
        (typeof rightTopics)[number],
        typeof byStatus
      >,
    ),
    ["/rights"],
  ),
  checkLocallySources: entry(
    checkLocallySources,
    z.partialRecord(z.enum(rightTopics), z.array(sourceSchema).min(1)),
    ["/rights"],
  ),
  vdabRegistration: entry(vdabRegistration, z.object({ obligatoryInFlandersSince: isoDate }), ["/rights"]),
  brusselsCivicIntegrationExemption: entry(
    brusselsCivicIntegrationExemption,
    z.object({ exemptSince: isoDate }),
    ["/integration", "/brussels"],
  ),
  legalHelpdesk: entry(
    legalHelpdesk,
    z.object({
      phone: z.string().min(6),
      phoneDial: z.string().regex(/^\+\d{8,15}$/),
      option: z.number().int().min(0).max(9),
      slots: z.array(slot),
    }),
    ["/help", "/about"],
  ),
  legalHelpAlternatives: entry(
    legalHelpAlternatives,
    z.object({ immigrationOfficeEmail: z.email(), myriaUrl: url, legalAidUrl: url }),
    ["/help", "/about"],
  ),
  emergencyNumbers: entry(
    emergencyNumbers,
    z.object({
      emergency: z.string().regex(/^\d{3,4}$/),
      police: z.string().regex(/^\d{3,4}$/),
      listeningLineDutch: z.string().regex(/^\d{3,4}$/),
      listeningLineFrench: z.string().regex(/^\d{3,4}$/),
    }),
    ["/help"],
  ),
  dutchCourses: entry(
    dutchCourses,
    z.object({
      welcomeModuleLessonPeriods: count,
      welcomeModuleYear: z.number().int().min(2022).max(2100),
      feePerLessonPeriodEuro: z.number().nonnegative(),
    }),
    ["/integration"],
  ),
  interpretingForUkraine: entry(interpretingForUkraine, z.object({ freeOfCharge: z.boolean() }), [
    "/interpreting",
  ]),
  brusselsUkraineHubs: entry(brusselsUkraineHubs, z.object({ communityCentres: count }), ["/brussels"]),
  materials: entry(materials, z.array(z.enum(materialKinds)).readonly(), ["/materials"]),
  teamUkraineRecruitment: entry(
    teamUkraineRecruitment,
    z.object({ neededFte: z.number().nonnegative(), hired: count, asOf: isoDate }),
    ["/about"],
  ),
  portalOperator: entry(portalOperator, z.object({ name: z.string().min(1), website: url, vacancies: url }), [
    "/about",
  ]),
  nationalFiguresMay2022: entry(
    nationalFiguresMay2022,
    z.object({ temporarilyProtected: count, inNationalRegister: count, asOf: isoDate }),
    [],
  ),
} as const;

export type FactId = keyof typeof factCatalogue;
export const factIds = Object.keys(factCatalogue) as FactId[];
export const isFactId = (value: unknown): value is FactId =>
  typeof value === "string" && value in factCatalogue;
