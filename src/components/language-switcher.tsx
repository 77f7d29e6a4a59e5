"use client";

import { usePathname } from "next/navigation";
import { locales, localeEndonyms, type Locale } from "@/domain/locale";

/**
 * Plain links to the same page in the other languages: they work without JavaScript because the
 * server renders them with the current path.
 */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "");
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {locales.map((locale) => (
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
