import "../fonts.css";
import "../globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { ListenButton } from "@/components/page-tools/listen-button";
import { ServiceWorkerRegistration } from "@/components/page-tools/service-worker-registration";
import { locales } from "@/domain/locale";
import { resolveLocale } from "@/i18n/locale-param";
import { baseUrl, isProduction } from "@/env";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    metadataBase: new URL(baseUrl()),
    title: { default: t("site.name"), template: `%s · ${t("site.name")}` },
    description: t("site.tagline"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#084a6e" };

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await resolveLocale(params);
  // No NextIntlClientProvider: client components get their texts as props (error.tsx carries its own),
  // so no page ships next-intl's client runtime or a copy of its messages.
  const listen = await getTranslations({ locale, namespace: "listen" });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <SiteHeader locale={locale} />
        {/* Reading width by default; a data page (a wide table) marks itself data-wide and gets the room. */}
        <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 has-[[data-wide]]:max-w-7xl">
          <ListenButton
            locale={locale}
            listenText={listen("listen")}
            stopText={listen("stop")}
            targetId="main"
          />
          {children}
        </main>
        <SiteFooter locale={locale} />
        <ServiceWorkerRegistration locale={locale} enabled={isProduction()} />
      </body>
    </html>
  );
}
