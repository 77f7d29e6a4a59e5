import { getTranslations } from "next-intl/server";
import { brusselsDate } from "@/domain/time/brussels";
import { listMyFollowUps } from "@/server/cases/list-my-follow-ups";
import { formatDate, fullName } from "../_cases/format";
import { staffPage } from "../_page/staff-page";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

const page = staffPage<Record<string, never>, { done?: string }>({
  permission: "followUps.manage",
  title: "cases.followUps.title",
});
export const generateMetadata = page.metadata;

export default page.render(async function FollowUpsPage({ locale, actor, searchParams: { done } }) {
  const t = await getTranslations({ locale, namespace: "cases.followUps" });
  const followUps = await listMyFollowUps(actor);
  const today = brusselsDate(new Date());
  const base = `/${locale}/staff`;
  return (
    <>
      <h1>{t("title")}</h1>
      {done && <Notice kind="done">{t("done.saved")}</Notice>}
      {followUps.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {followUps.map((followUp) => {
            const due = followUp.dueOn.toISOString().slice(0, 10);
            const state = due < today ? "overdue" : due === today ? "dueToday" : "upcoming";
            return (
              <li
                key={followUp.id}
                className={`rounded border p-3 ${state === "overdue" ? "border-red-700" : "border-slate-300"}`}
              >
                <p className="m-0">
                  <strong>{t(state)}</strong> · {t("due")}{" "}
                  <time dateTime={followUp.dueTime ? `${due}T${followUp.dueTime}` : due}>
                    {[formatDate(locale, followUp.dueOn), followUp.dueTime].filter(Boolean).join(", ")}
                  </time>
                </p>
                <p className="m-0">
                  {t("person")}:{" "}
                  <a href={`${base}/persons/${followUp.person.id}`}>{fullName(followUp.person)}</a>
                  {followUp.intakeId && (
                    <>
                      {" · "}
                      <a href={`${base}/intakes/${followUp.intakeId}`}>{t("openIntake")}</a>
                    </>
                  )}
                </p>
                <p className="mt-2 mb-0">
                  <a
                    href={`${base}/follow-ups/${followUp.id}/done`}
                    className={buttonClass("secondary", "small", "inline-block no-underline")}
                  >
                    {t("markDone")}
                  </a>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
});
