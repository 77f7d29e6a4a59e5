import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { IntakeStep } from "@/domain/cases/intake-input";
import { intakeSteps } from "@/domain/cases/intake-input";
import type { Locale } from "@/domain/locale";
import type { IntakeDetails } from "@/server/cases/get-intake";
import { formatDate } from "../../_cases/format";

/**
 * The intake's answers, step by step (a summary list): on the check-your-answers screen before
 * finishing, and as the read-only view of a completed intake. `change` gives each step its
 * "change" control: a link to the draft's step, or the action that reopens a completed one.
 */
export async function IntakeSummary({
  locale,
  intake,
  change,
}: {
  locale: Locale;
  intake: IntakeDetails;
  change?: (step: IntakeStep, section: string) => ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "cases.intake" });
  const tc = await getTranslations({ locale, namespace: "cases" });
  const nothing = <p className="m-0">{t("check.nothing")}</p>;
  const topicList = (rows: { label: string; note: string | null }[]) =>
    rows.length === 0 ? (
      nothing
    ) : (
      <ul className="m-0">
        {rows.map((row) => (
          <li key={row.label}>
            {row.label}
            {row.note ? `: ${row.note}` : ""}
          </li>
        ))}
      </ul>
    );
  const planned = intake.followUps[0];
  const answers: Record<IntakeStep, ReactNode> = {
    needs: topicList(intake.needs.map((row) => ({ label: t(`needs.${row.topic}`), note: row.note }))),
    information: topicList(
      intake.information.map((row) => ({ label: t(`information.${row.topic}`), note: row.note })),
    ),
    referrals: topicList(
      intake.referrals.map((referral) => ({
        label: `${tc(`referralType.${referral.type}`)} (${tc(`referralStatus.${referral.status}`)})`,
        note: referral.note,
      })),
    ),
    "follow-up": planned ? (
      <p className="m-0">
        {t("check.followUp", { date: formatDate(locale, planned.dueOn), name: planned.caseworker.name })}
      </p>
    ) : (
      <p className="m-0">{t("check.noFollowUp")}</p>
    ),
  };
  return (
    <dl aria-label={t("check.label")} className="mt-4" data-testid="intake-summary">
      {intakeSteps.map((step) => (
        <div key={step} className="grid gap-1 border-b border-slate-300 py-3 sm:grid-cols-4">
          <dt className="font-semibold">{t(`steps.${step}`)}</dt>
          <dd className="m-0 sm:col-span-2">{answers[step]}</dd>
          <dd className="m-0">{change?.(step, t(`steps.${step}`))}</dd>
        </div>
      ))}
    </dl>
  );
}
