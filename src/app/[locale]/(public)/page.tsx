import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { infoPageMetadata } from "@/components/info-page";
import { richTags } from "@/components/rich-text";
import { Steps } from "@/components/steps";
import { resolveLocale } from "@/i18n/locale-param";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return infoPageMetadata(await resolveLocale(params), "home", "");
}

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "home" });
  const steps = (["certificate", "municipality", "infosessions", "integration"] as const).map((step) => ({
    title: t(`steps.${step}.title`),
    body: <p>{t.rich(`steps.${step}.body`, richTags)}</p>,
    link: { href: `/${locale}${stepLinks[step]}`, label: t(`steps.${step}.link`) },
  }));
  const infoPages = (
    ["status", "rights", "integration", "brussels", "materials", "interpreting"] as const
  ).map((page) => ({
    href: `/${locale}/${page}`,
    label: t(`portal.info.pages.${page}`),
  }));
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="mt-3 text-lg">{t("intro")}</p>

      <section aria-labelledby="first-steps">
        <h2 id="first-steps">{t("steps.heading")}</h2>
        <Steps steps={steps} />
      </section>

      <section aria-labelledby="portal">
        <h2 id="portal">{t("portal.heading")}</h2>
        <ul role="list" className="mt-4 grid list-none gap-4 p-0 sm:grid-cols-2">
          <li className="rounded-lg border border-slate-200 p-4 sm:col-span-2">
            <h3 className="mt-0">{t("portal.info.title")}</h3>
            <p className="mt-1">{t("portal.info.body")}</p>
            <ul className="mt-2 grid gap-x-6 sm:grid-cols-2">
              {infoPages.map((page) => (
                <li key={page.href}>
                  <a href={page.href}>{page.label}</a>
                </li>
              ))}
            </ul>
          </li>
          <PortalCard
            href={`/${locale}/infosessions`}
            title={t("portal.infosessions.title")}
            body={t("portal.infosessions.body")}
          />
          <PortalCard href={`/${locale}/help`} title={t("portal.help.title")} body={t("portal.help.body")} />
          <PortalCard
            href={`/${locale}/staff/sign-in`}
            title={t("portal.staff.title")}
            body={t("portal.staff.body")}
          />
        </ul>
      </section>
    </>
  );
}

const stepLinks = {
  certificate: "/status",
  municipality: "/help",
  infosessions: "/infosessions",
  integration: "/integration",
} as const;

function PortalCard({ href, title, body }: { href: string; title: string; body: string }) {
  return (
    <li className="rounded-lg border border-slate-200 p-4">
      <h3 className="mt-0">
        <a href={href}>{title}</a>
      </h3>
      <p className="mt-1">{body}</p>
    </li>
  );
}
