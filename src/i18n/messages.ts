import { staffLocales, type Locale } from "@/domain/locale";

/**
 * Messages live in one file per area and locale (`messages/<locale>/<area>.json`), so that a page
 * loads and a client component receives only the areas it needs. Public areas exist in every
 * locale; staff areas only in the staff locales (Dutch and English).
 */
export const publicMessageAreas = [
  "common",
  "error",
  "home",
  "status",
  "rights",
  "eligibility",
  "help",
  "listen",
  "integration",
  "brussels",
  "materials",
  "interpreting",
  "about",
  "infosessions",
] as const;
export const staffMessageAreas = [
  "staff",
  "cases",
  "sessionsAdmin",
  "referrals",
  "figures",
  "mail",
  "organisations",
  "questions",
  "facts",
] as const;
export const messageAreas = [...publicMessageAreas, ...staffMessageAreas] as const;
export type MessageArea = (typeof messageAreas)[number];

export type Messages = {
  common: typeof import("../../messages/nl/common.json");
  error: typeof import("../../messages/nl/error.json");
  home: typeof import("../../messages/nl/home.json");
  status: typeof import("../../messages/nl/status.json");
  rights: typeof import("../../messages/nl/rights.json");
  eligibility: typeof import("../../messages/nl/eligibility.json");
  help: typeof import("../../messages/nl/help.json");
  listen: typeof import("../../messages/nl/listen.json");
  integration: typeof import("../../messages/nl/integration.json");
  brussels: typeof import("../../messages/nl/brussels.json");
  materials: typeof import("../../messages/nl/materials.json");
  interpreting: typeof import("../../messages/nl/interpreting.json");
  about: typeof import("../../messages/nl/about.json");
  infosessions: typeof import("../../messages/nl/infosessions.json");
  staff: typeof import("../../messages/nl/staff.json");
  cases: typeof import("../../messages/nl/cases.json");
  sessionsAdmin: typeof import("../../messages/nl/sessionsAdmin.json");
  referrals: typeof import("../../messages/nl/referrals.json");
  figures: typeof import("../../messages/nl/figures.json");
  mail: typeof import("../../messages/nl/mail.json");
  organisations: typeof import("../../messages/nl/organisations.json");
  questions: typeof import("../../messages/nl/questions.json");
  facts: typeof import("../../messages/nl/facts.json");
};

export function messageAreasFor(locale: Locale): readonly MessageArea[] {
  return (staffLocales as readonly Locale[]).includes(locale) ? messageAreas : publicMessageAreas;
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    messageAreasFor(locale).map(
      async (area) => [area, (await import(`../../messages/${locale}/${area}.json`)).default] as const,
    ),
  );
  return Object.fromEntries(entries) as Messages;
}
