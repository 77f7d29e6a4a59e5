import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/staff/notice";
import { can } from "@/domain/permissions";
import { sectionsFor } from "@/domain/staff-pages";
import { resolveLocale } from "@/i18n/locale-param";
import { requireStaffUser } from "@/server/auth/current-actor";
import { factsNeedingReview } from "@/server/facts/list-facts";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "staff.dashboard" });
  return { title: t("title") };
}

export default async function StaffDashboard({ params }: Props) {
  const locale = await resolveLocale(params);
  const user = await requireStaffUser(locale);
  const { actor } = user;
  const t = await getTranslations({ locale, namespace: "staff" });
  const tFacts = await getTranslations({ locale, namespace: "facts" });
  const review = can(actor.role, "facts.manage") ? await factsNeedingReview(actor) : null;
  return (
    <>
      <h1>{t("dashboard.title")}</h1>
      <p className="mt-3">{t("dashboard.welcome", { name: user.name })}</p>
      <p>{t("dashboard.role", { role: t(`roles.${actor.role}`) })}</p>
      {!user.twoFactorEnabled && (
        <p className="mt-3">
          {t("dashboard.twoFactorOff")}{" "}
          <a href={`/${locale}/staff/two-factor/setup`}>{t("dashboard.twoFactorSetUp")}</a>
        </p>
      )}
      {review && review.facts.length > 0 && (
        <section aria-labelledby="facts-review" data-testid="facts-review">
          <h2 id="facts-review">{tFacts("dashboard.heading")}</h2>
          <Notice kind="error">
            {tFacts("dashboard.body", { count: review.facts.length, months: review.reviewMonths })}{" "}
            <a href={`/${locale}/staff/facts`}>{tFacts("dashboard.link")}</a>
          </Notice>
        </section>
      )}
      <p className="mt-3">{t("dashboard.intro")}</p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {sectionsFor(actor.role).map((section) => (
          <li key={section.key} className="rounded-lg border border-slate-300 p-4">
            <a href={`/${locale}${section.path}`} className="text-lg font-semibold">
              {t(`nav.${section.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
