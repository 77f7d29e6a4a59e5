import { staffLocales, type Locale } from "@/domain/locale";

/** Server actions get the locale as a bound argument, which a client can alter: narrow it again. */
export function staffLocale(value: unknown): Locale {
  return (staffLocales as readonly unknown[]).includes(value) ? (value as Locale) : "nl";
}
