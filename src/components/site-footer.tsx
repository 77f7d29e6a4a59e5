import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locale";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <footer className="mt-10 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-3xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm">
        <a href={`/${locale}/brussels`}>{t("footer.brussels")}</a>
        <a href={`/${locale}/materials`}>{t("footer.materials")}</a>
        <a href={`/${locale}/interpreting`}>{t("footer.interpreting")}</a>
        <a href={`/${locale}/about`}>{t("footer.about")}</a>
        <a href={`/${locale}/about#privacy`}>{t("footer.privacy")}</a>
        <a href={`/${locale}/about#accessibility`}>{t("footer.accessibility")}</a>
        {/* Not for a signed-in staff member: the staff layout marks their pages data-staff-signed-in. CSS,
            not the session: this footer is part of the static info pages, which read no cookie. */}
        <a href={`/${locale}/staff`} className="[body:has([data-staff-signed-in])_&]:hidden">
          {t("footer.staff")}
        </a>
      </div>
    </footer>
  );
}
