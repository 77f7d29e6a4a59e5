import { getTranslations } from "next-intl/server";
import type { IntakeStep } from "@/domain/cases/intake-input";
import {
  intakeScreens,
  isIntakeScreen,
  isIntakeStep,
  type IntakeScreen,
} from "@/domain/cases/intake-screens";
import { can } from "@/domain/permissions";
import { getIntake } from "@/server/cases/get-intake";
import { formatDate, fullName } from "../../_cases/format";
import { StaffForm } from "../../_cases/staff-form";
import { completeIntakeAction, reopenIntakeStepAction, saveIntakeStepAction } from "../actions";
import { Notice } from "@/components/ui/notice";
import { orNotFound, staffPage } from "../../_page/staff-page";
import { ChangeSectionForm } from "./change-section-form";
import { InfosessionScreen } from "./infosession-screen";
import { IntakeSummary } from "./intake-summary";
import { StepNav } from "./step-nav";
import { stepFields } from "./step-fields";

const stepFormId = "intake-step-form";

const page = staffPage<
  { id: string },
  { step?: string | string[]; resumed?: string | string[]; changed?: string | string[] }
>({
  permission: "intakes.read",
  title: "cases.intake.steps.label",
});
export const generateMetadata = page.metadata;

/**
 * A draft intake is filled in screen by screen and finished on its check-your-answers screen. A
 * completed intake is read-only: its answers with a "change" per step, which reopens that one step.
 */
export default page.render(async function IntakePage({ locale, params: { id }, actor, searchParams }) {
  const intake = await orNotFound(getIntake(actor, id));
  const requested = searchParams.step;
  const screen: IntakeScreen = isIntakeScreen(requested) ? requested : "needs";
  const t = await getTranslations({ locale, namespace: "cases.intake" });
  const tc = await getTranslations({ locale, namespace: "cases" });
  const mayWrite = can(actor.role, "intakes.write");
  const base = `/${locale}/staff`;
  const intakePath = `${base}/intakes/${intake.id}`;
  const completed = intake.status === "COMPLETED";

  const header = (
    <>
      <h1>{t("title", { name: fullName(intake.person) })}</h1>
      <p>
        {formatDate(locale, intake.conductedOn)} · {intake.caseworker.name} · {t(`status.${intake.status}`)} ·{" "}
        <a href={`${base}/persons/${intake.person.id}`}>{fullName(intake.person)}</a>
      </p>
    </>
  );

  const stepForm = async (step: IntakeStep, options: { changing: boolean }) => {
    const { fields, initialValues } = await stepFields(locale, actor, intake, step);
    return (
      <StaffForm
        key={step}
        id={stepFormId}
        action={saveIntakeStepAction.bind(null, locale, intake.id, step)}
        fields={fields}
        initialValues={initialValues}
        submitLabel={options.changing ? t("saveChange") : t("saveStep")}
        secondaryLabel={options.changing ? undefined : t("saveDraft")}
      />
    );
  };
  const noteHint = (step: IntakeStep) => step !== "follow-up" && <p>{t("noteHint")}</p>;

  // A completed intake, or a reader who may not write: the answers, read-only.
  if (completed || !mayWrite) {
    const changing = completed && mayWrite && intake.reopenedStep === screen ? screen : null;
    if (changing && isIntakeStep(changing)) {
      return (
        <>
          {header}
          <h2>{t(`steps.${changing}`)}</h2>
          <Notice>{t("changing")}</Notice>
          {noteHint(changing)}
          {await stepForm(changing, { changing: true })}
          <p className="mt-4">
            <a href={intakePath}>{t("backToSummary")}</a>
          </p>
        </>
      );
    }
    return (
      <>
        {header}
        {completed && (
          <Notice kind="done">
            {searchParams.changed === "1" ? `${t("completed")} ${t("changed")}` : t("completed")}
          </Notice>
        )}
        {completed && mayWrite && <p>{t("readOnly")}</p>}
        <IntakeSummary
          locale={locale}
          actor={actor}
          intake={intake}
          change={
            completed && mayWrite
              ? // A booking is no step of the intake: it changes through the person's manage link.
                (screen, section) =>
                  isIntakeStep(screen) && (
                    <ChangeSectionForm
                      action={reopenIntakeStepAction.bind(null, locale, intake.id, screen)}
                      version={intake.version}
                      label={t("check.change")}
                      section={section}
                    />
                  )
              : undefined
          }
        />
      </>
    );
  }

  const labels = Object.fromEntries(
    intakeScreens.map((candidate) => [candidate, t(`steps.${candidate}`)]),
  ) as Record<IntakeScreen, string>;
  const nav = (
    <StepNav
      label={t("steps.label")}
      saveHint={t("steps.saveHint")}
      current={screen}
      labels={labels}
      href={(candidate) => `${intakePath}?step=${candidate}`}
      formId={isIntakeStep(screen) ? stepFormId : undefined}
    />
  );

  return (
    <>
      {header}
      {searchParams.resumed === "1" && <Notice>{t("resumed")}</Notice>}
      {nav}
      <h2>{labels[screen]}</h2>
      {isIntakeStep(screen) && (
        <>
          <p>{t("draftHint")}</p>
          {noteHint(screen)}
          {screen === "referrals" && (
            <>
              {intake.referrals.length > 0 && (
                <>
                  <h3>{t("referrals.made")}</h3>
                  <ul>
                    {intake.referrals.map((referral) => (
                      <li key={referral.id}>
                        <a href={`${base}/referrals/${referral.id}`}>{tc(`referralType.${referral.type}`)}</a>{" "}
                        ({tc(`referralStatus.${referral.status}`)})
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {can(actor.role, "interpreters.request") && (
                <p>
                  {t("referrals.interpreter")}{" "}
                  <a href={`${base}/interpreters?personId=${intake.person.id}#request`}>
                    {t("referrals.requestInterpreter")}
                  </a>
                </p>
              )}
              {can(actor.role, "referrals.create") && (
                <p>
                  {t("referrals.nt2")}{" "}
                  <a href={`${base}/referrals/new?personId=${intake.person.id}&intakeId=${intake.id}`}>
                    {tc("person.actions.referNt2")}
                  </a>
                </p>
              )}
            </>
          )}
          {await stepForm(screen, { changing: false })}
        </>
      )}
      {screen === "infosession" && (
        <>
          <InfosessionScreen locale={locale} actor={actor} intake={intake} />
          <p className="mt-6">
            <a href={`${intakePath}?step=follow-up`}>{t("continue")}</a>
          </p>
        </>
      )}
      {screen === "check" && (
        <>
          <p>{t("check.intro")}</p>
          <IntakeSummary
            locale={locale}
            actor={actor}
            intake={intake}
            change={(screen, section) => (
              <a href={`${intakePath}?step=${screen}`}>
                {t("check.change")}
                <span className="sr-only"> {section}</span>
              </a>
            )}
          />
          <p className="mt-4">{t("check.finishHint")}</p>
          <StaffForm
            action={completeIntakeAction.bind(null, locale, intake.id)}
            fields={[{ kind: "hidden", name: "version", value: String(intake.version) }]}
            submitLabel={t("complete")}
          />
        </>
      )}
    </>
  );
});
