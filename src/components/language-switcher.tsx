"use client";

import { usePathname } from "next/navigation";
import { locales, localeEndonyms, staffLocales, type Locale } from "@/domain/locale";

/**
 * Plain links to the same page in the other languages: they work without JavaScript because the
 * server renders them with the current path. Staff pages exist in Dutch and English only, so there
 * the switcher offers those two (a Ukrainian link would land on English without a word).
 */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "");
  const offered: readonly Locale[] = /^\/staff(\/|$)/.test(rest) ? staffLocales : locales;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {offered.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" className="font-semibold">
                {localeEndonyms[locale]}
              </span>
            ) : (
              <a href={`/${locale}${rest}`} hrefLang={locale} lang={locale} className="text-white">
                {localeEndonyms[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
