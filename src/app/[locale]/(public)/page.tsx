import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/locale-param";
import { alternatesFor } from "@/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { alternates: alternatesFor(locale, "") };
}

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "common" });
  const sections = [
    { href: `/${locale}/status`, title: t("home.info.title"), body: t("home.info.body") },
    { href: `/${locale}/infosessions`, title: t("home.infosessions.title"), body: t("home.infosessions.body") },
    { href: `/${locale}/help`, title: t("home.help.title"), body: t("home.help.body") },
    { href: `/${locale}/staff`, title: t("home.staff.title"), body: t("home.staff.body") },
  ];
  return (
    <>
      <h1>{t("site.name")}</h1>
      <p className="mt-3 text-lg">{t("site.tagline")}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {sections.map((section) => (
          <li key={section.href} className="rounded-lg border border-slate-200 p-4">
            <h2 className="mt-0 text-xl">
              <a href={section.href}>{section.title}</a>
            </h2>
            <p className="mt-2">{section.body}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
