import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { intakeScreens, type IntakeScreen } from "@/domain/cases/intake-screens";
import type { Locale } from "@/domain/locale";
import type { Actor } from "@/server/auth/actor";
import { getIntakeBookings, type IntakeDetails } from "@/server/cases/get-intake";
import { sessionDescription } from "@/components/infosessions/session-choices";
import { formatDate } from "../../_cases/format";

/** Every screen but the last, whose answers these are. */
const answeredScreens = intakeScreens.filter((screen) => screen !== "check");
type AnsweredScreen = (typeof answeredScreens)[number];

/**
 * The intake's answers, screen by screen (a summary list): on the check-your-answers screen before
 * finishing, and as the read-only view of a completed intake. The infosession row shows the
 * person's bookings, wherever they were made. `change` gives a row its "change" control: a link to
 * the draft's screen, or the action that reopens a completed intake's step.
 */
export async function IntakeSummary({
  locale,
  actor,
  intake,
  change,
}: {
  locale: Locale;
  actor: Actor;
  intake: IntakeDetails;
  change?: (screen: IntakeScreen, section: string) => ReactNode;
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
  const bookings = await Promise.all(
    (await getIntakeBookings(actor, intake.id)).map(
      async (registration) =>
        `${await sessionDescription(locale, registration.session)} (${tc(`registrationStatus.${registration.status}`)})`,
    ),
  );
  const answers: Record<AnsweredScreen, ReactNode> = {
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
    infosession:
      bookings.length === 0 ? (
        <p className="m-0">{t("check.noRegistration")}</p>
      ) : (
        <ul className="m-0">
          {bookings.map((booking) => (
            <li key={booking}>{booking}</li>
          ))}
        </ul>
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
      {answeredScreens.map((screen) => (
        <div key={screen} className="grid gap-1 border-b border-slate-300 py-3 sm:grid-cols-4">
          <dt className="font-semibold">{t(`steps.${screen}`)}</dt>
          <dd className="m-0 sm:col-span-2">{answers[screen]}</dd>
          <dd className="m-0">{change?.(screen, t(`steps.${screen}`))}</dd>
        </div>
      ))}
    </dl>
  );
}
