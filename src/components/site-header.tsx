import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locale";
import { LanguageSwitcher } from "./language-switcher";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" });
  const links = [
    { href: `/${locale}/status`, label: t("nav.info") },
    { href: `/${locale}/rights`, label: t("nav.rights") },
    { href: `/${locale}/infosessions`, label: t("nav.infosessions") },
    { href: `/${locale}/integration`, label: t("nav.integration") },
    { href: `/${locale}/help`, label: t("nav.help") },
  ];
  return (
    <header className="bg-brand-700 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:bg-white focus:p-2 focus:text-brand-900"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-3xl flex-col gap-3 px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <a href={`/${locale}`} className="text-xl font-bold text-white no-underline">
            {t("site.name")}
          </a>
          <LanguageSwitcher current={locale} label={t("languageSwitcher")} />
        </div>
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="text-white">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
