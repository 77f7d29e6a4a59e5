import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { staffLocales } from "@/domain/locale";
import { sectionsFor } from "@/domain/staff-pages";
import { resolveLocale } from "@/i18n/locale-param";
import { getStaffUser } from "@/server/auth/current-actor";
import { signOutAction } from "./actions";
import { StaffNav } from "./staff-nav";
import { Button } from "@/components/ui/button";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Staff screens exist in Dutch and English only: uk and ru are never rendered, not even at build
// time (proxy.ts redirects /uk/staff/… and /ru/staff/… to /en/staff/…).
export function generateStaticParams() {
  return staffLocales.map((locale) => ({ locale }));
}

// Every staff screen reads the session and the database: rendered per request, never at build time,
// so `next build` needs neither DATABASE_URL nor AUTH_SECRET.
export const dynamic = "force-dynamic";

// Staff pages are never indexed; proxy.ts also sends X-Robots-Tag and Cache-Control: private, no-store.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The staff frame: a nav with only the sections the role may use, the signed-in name and sign-out.
 * It shows nothing secret; every page checks its own permission with requireActor.
 */
export default async function StaffLayout({ children, params }: Props) {
  const locale = await resolveLocale(params);
  const user = await getStaffUser();
  const t = await getTranslations({ locale, namespace: "staff" });
  const signedIn = user && !user.needsTwoFactorSetup ? user : null;
  return (
    <>
      {signedIn && (
        // data-staff-signed-in: the site footer hides its "staff sign-in" link on this page (site-footer.tsx).
        <div data-staff-signed-in className="no-print mb-6 border-b border-slate-300 pb-3">
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <p>{t("nav.signedInAs", { name: signedIn.name })}</p>
            <form action={signOutAction.bind(null, locale)}>
              <Button type="submit" variant="secondary" size="small">
                {t("nav.signOut")}
              </Button>
            </form>
          </div>
          <StaffNav
            label={t("nav.label")}
            links={[
              { href: `/${locale}/staff`, label: t("nav.dashboard"), exact: true },
              ...sectionsFor(signedIn.actor.role).map((section) => ({
                href: `/${locale}${section.path}`,
                label: t(`nav.${section.key}`),
              })),
            ]}
          />
        </div>
      )}
      {children}
    </>
  );
}
