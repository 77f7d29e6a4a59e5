import { staffLocales, type Locale } from "@/domain/locale";

/**
 * Messages live in one file per area and locale (`messages/<locale>/<area>.json`), so that a page
 * loads and a client component receives only the areas it needs. Public areas exist in every
 * locale; staff areas only in the staff locales (Dutch and English).
 */
export const publicMessageAreas = ["common", "infosessions"] as const;
export const staffMessageAreas = ["sessionsAdmin"] as const;
export const messageAreas = [...publicMessageAreas, ...staffMessageAreas] as const;
export type MessageArea = (typeof messageAreas)[number];

export type Messages = {
  common: typeof import("../../messages/nl/common.json");
  infosessions: typeof import("../../messages/nl/infosessions.json");
  sessionsAdmin: typeof import("../../messages/nl/sessionsAdmin.json");
};

export function messageAreasFor(locale: Locale): readonly MessageArea[] {
  return (staffLocales as readonly Locale[]).includes(locale) ? messageAreas : publicMessageAreas;
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    messageAreasFor(locale).map(async (area) => [area, (await import(`../../messages/${locale}/${area}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Messages;
}
