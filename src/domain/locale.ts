/** The portal's languages. Dutch is the default: it is the language of the Flemish administration. */
export const locales = ["nl", "uk", "en", "ru"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "nl";

/** Each language named in itself, so a reader finds their own language without reading the others. */
export const localeEndonyms: Record<Locale, string> = {
  nl: "Nederlands",
  uk: "Українська",
  en: "English",
  ru: "Русский",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Staff screens exist in Dutch and English only. */
export const staffLocales = ["nl", "en"] as const satisfies readonly Locale[];
