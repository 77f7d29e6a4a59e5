import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { can } from "@/domain/permissions";
import { sectionsFor } from "@/domain/staff-pages";
import { factsNeedingReview } from "@/server/facts/list-facts";
import { taskListFor } from "@/server/overview/task-list";
import { staffPage } from "./_page/staff-page";
import { TaskListSections } from "./task-list";

const page = staffPage({ permission: "signed-in", title: "staff.dashboard.title" });
export const generateMetadata = page.metadata;

export default page.render(async function StaffDashboard({ locale, actor, user }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  const tFacts = await getTranslations({ locale, namespace: "facts" });
  const review = can(actor.role, "facts.manage") ? await factsNeedingReview(actor) : null;
  // Roles whose work arrives from others; the other roles' screens are their own lists.
  const tasks = ["CASEWORKER", "NT2_PROVIDER", "ADMIN"].includes(actor.role)
    ? await taskListFor(actor)
    : null;
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
      {tasks && <TaskListSections locale={locale} tasks={tasks} />}
      <p className="mt-6">{t("dashboard.intro")}</p>
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
});
