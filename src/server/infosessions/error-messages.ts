import "server-only";
import type { Locale } from "@/domain/locale";
import commonEn from "../../../messages/en/common.json";
import commonNl from "../../../messages/nl/common.json";
import commonRu from "../../../messages/ru/common.json";
import commonUk from "../../../messages/uk/common.json";
import en from "../../../messages/en/infosessions.json";
import nl from "../../../messages/nl/infosessions.json";
import ru from "../../../messages/ru/infosessions.json";
import uk from "../../../messages/uk/infosessions.json";

const byLocale = {
  nl: { common: commonNl, infosessions: nl },
  en: { common: commonEn, infosessions: en },
  uk: { common: commonUk, infosessions: uk },
  ru: { common: commonRu, infosessions: ru },
} satisfies Record<Locale, unknown>;

/**
 * Turns message keys from the schema (`invalidEmail`) or the use-case (`sessionPast`) into
 * sentences in `locale`, for the form and the API alike. An unknown key reads as "not valid".
 */
export function errorMessage(locale: Locale, key: string): string {
  const messages = byLocale[locale];
  if (key in messages.infosessions.errors) return messages.infosessions.errors[key as keyof typeof nl.errors];
  if (key in messages.common.validation)
    return messages.common.validation[key as keyof typeof commonNl.validation];
  return messages.common.validation.invalid;
}

export function translateFieldErrors(
  locale: Locale,
  errors: Record<string, readonly string[]>,
): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, keys]) => [field, keys.map((key) => errorMessage(locale, key))]),
  );
}
