import type { Locale } from "@/domain/locale";

/**
 * Messages live in one file per area and locale (`messages/<locale>/<area>.json`), so that a page
 * loads and a client component receives only the areas it needs.
 */
export const messageAreas = ["common"] as const;
export type MessageArea = (typeof messageAreas)[number];

export type Messages = {
  common: typeof import("../../messages/nl/common.json");
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  const entries = await Promise.all(
    messageAreas.map(async (area) => [area, (await import(`../../messages/${locale}/${area}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as Messages;
}
