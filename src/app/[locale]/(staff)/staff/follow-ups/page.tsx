import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { brusselsDate } from "@/domain/time/brussels";
import { resolveLocale } from "@/i18n/locale-param";
import { requireActor } from "@/server/auth/current-actor";
import { listMyFollowUps } from "@/server/cases/list-my-follow-ups";
import { formatDate, fullName } from "../_cases/format";
import { completeFollowUpAction } from "./actions";

/** Personal data: rendered per request for the signed-in actor, never prerendered or cached. */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "cases.followUps" });
  return { title: t("title"), robots: { index: false } };
}

export default async function FollowUpsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requireActor(locale, "followUps.manage");
  const t = await getTranslations({ locale, namespace: "cases.followUps" });
  const followUps = await listMyFollowUps(actor);
  const today = brusselsDate(new Date());
  const base = `/${locale}/staff`;
  return (
    <>
      <h1>{t("title")}</h1>
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
                  <time dateTime={due}>{formatDate(locale, followUp.dueOn)}</time>
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
                <form action={completeFollowUpAction.bind(null, locale, followUp.id)} className="mt-2">
                  <button
                    type="submit"
                    className="rounded border border-sky-900 px-3 py-1 font-semibold text-sky-900"
                  >
                    {t("markDone")}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
