import { getTranslations } from "next-intl/server";
import { fromDbDate } from "@/domain/cases/form-fields";
import {
  informationTopics,
  intakeSteps,
  needTopics,
  simpleReferralTypes,
  type IntakeStep,
} from "@/domain/cases/intake-input";
import { can } from "@/domain/permissions";
import { getIntake, listFollowUpCaseworkers } from "@/server/cases/get-intake";
import { listSessionChoices } from "@/server/cases/list-session-choices";
import { sessionChoiceGroups } from "@/components/infosessions/session-choices";
import type { FieldSpec } from "../../_cases/field-spec";
import { formatDate, fullName } from "../../_cases/format";
import type { FormValues } from "@/components/staff-forms/form-state";
import { StaffForm } from "../../_cases/staff-form";
import { registerForInfosessionAction, saveIntakeStepAction } from "../actions";
import { Notice } from "@/components/staff/notice";
import { orNotFound, staffPage } from "../../_page/staff-page";

const isStep = (value: unknown): value is IntakeStep => (intakeSteps as readonly unknown[]).includes(value);

const topicValues = (rows: { topic: string; note: string | null }[]): FormValues => ({
  topics: rows.map((row) => row.topic),
  ...Object.fromEntries(rows.map((row) => [`note.${row.topic}`, row.note ?? ""])),
});

const page = staffPage<{ id: string }, { step?: string | string[]; resumed?: string | string[] }>({
  permission: "intakes.read",
  title: "cases.intake.steps.label",
});
export const generateMetadata = page.metadata;

export default page.render(async function IntakePage({ locale, params: { id }, actor, searchParams }) {
  const intake = await orNotFound(getIntake(actor, id));
  const requested = searchParams.step;
  const step: IntakeStep = isStep(requested) ? requested : "needs";
  const t = await getTranslations({ locale, namespace: "cases.intake" });
  const tc = await getTranslations({ locale, namespace: "cases" });
  const tSessions = await getTranslations({ locale, namespace: "infosessions" });
  const mayWrite = can(actor.role, "intakes.write");
  const base = `/${locale}/staff`;

  let fields: FieldSpec[] = [];
  let initialValues: FormValues = {};
  if (step === "needs") {
    fields = [
      {
        kind: "topics",
        legend: t("needs.legend"),
        noteLabel: t("note"),
        options: needTopics.map((topic) => ({ value: topic, label: t(`needs.${topic}`) })),
      },
    ];
    initialValues = topicValues(intake.needs);
  } else if (step === "information") {
    fields = [
      {
        kind: "topics",
        legend: t("information.legend"),
        noteLabel: t("note"),
        options: informationTopics.map((topic) => ({ value: topic, label: t(`information.${topic}`) })),
      },
    ];
    initialValues = topicValues(intake.information);
  } else if (step === "referrals") {
    fields = [
      {
        kind: "topics",
        legend: t("referrals.legend"),
        noteLabel: t("note"),
        options: simpleReferralTypes.map((type) => ({ value: type, label: t(`referrals.${type}`) })),
      },
      { kind: "checkbox", name: "consent", label: t("referrals.consent") },
    ];
    initialValues = topicValues(
      intake.referrals
        .filter((referral) => referral.type !== "NT2")
        .map((referral) => ({ topic: referral.type, note: referral.note })),
    );
  } else {
    const colleagues = await listFollowUpCaseworkers(actor, intake.organisationId);
    fields = [
      {
        kind: "fieldset",
        legend: t("followUp.legend"),
        fields: [
          { kind: "date", name: "followUpOn", label: t("followUp.date"), hint: t("followUp.hint") },
          {
            kind: "select",
            name: "followUpCaseworkerId",
            label: t("followUp.caseworker"),
            options: colleagues.map((user) => ({ value: user.id, label: user.name })),
          },
        ],
      },
    ];
    const planned = intake.followUps[0];
    initialValues = {
      followUpOn: fromDbDate(planned?.dueOn ?? null),
      followUpCaseworkerId: planned?.caseworkerId ?? actor.userId,
    };
  }

  // The version the form was opened at: a save after a colleague's is refused rather than overwriting it.
  fields = [...fields, { kind: "hidden", name: "version", value: String(intake.version) }];

  const choices =
    step === "referrals" && can(actor.role, "infosessions.registerPerson")
      ? await listSessionChoices(actor, intake.person.id)
      : null;
  const municipality = choices?.municipality;
  const sessionGroups = choices
    ? await sessionChoiceGroups(
        locale,
        choices.sessions,
        municipality ? { region: municipality.region, place: municipality.nameNl } : null,
      )
    : [];

  return (
    <>
      <h1>{t("title", { name: fullName(intake.person) })}</h1>
      <p>
        {formatDate(locale, intake.conductedOn)} · {intake.caseworker.name} · {t(`status.${intake.status}`)} ·{" "}
        <a href={`${base}/persons/${intake.person.id}`}>{fullName(intake.person)}</a>
      </p>
      {searchParams.resumed === "1" && intake.status === "DRAFT" && <Notice>{t("resumed")}</Notice>}
      {intake.status === "COMPLETED" && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3">
          {t("completed")}
        </p>
      )}
      <nav aria-label={t("steps.label")} className="mt-4">
        <ol className="flex flex-wrap gap-x-6 gap-y-2">
          {intakeSteps.map((candidate) => (
            <li key={candidate}>
              <a
                href={`${base}/intakes/${intake.id}?step=${candidate}`}
                aria-current={candidate === step ? "step" : undefined}
                className={candidate === step ? "font-bold" : undefined}
              >
                {t(`steps.${candidate}`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <h2>{t(`steps.${step}`)}</h2>
      <p>{t("draftHint")}</p>
      {step === "referrals" && (
        <>
          {intake.referrals.length > 0 && (
            <>
              <h3>{t("referrals.made")}</h3>
              <ul>
                {intake.referrals.map((referral) => (
                  <li key={referral.id}>
                    {tc(`referralType.${referral.type}`)} ({tc(`referralStatus.${referral.status}`)})
                  </li>
                ))}
              </ul>
            </>
          )}
          {can(actor.role, "referrals.create") && (
            <p>
              {t("referrals.nt2")}{" "}
              <a href={`${base}/referrals/new?personId=${intake.person.id}`}>
                {tc("person.actions.referNt2")}
              </a>
            </p>
          )}
        </>
      )}
      {mayWrite && (
        <StaffForm
          key={step}
          action={saveIntakeStepAction.bind(null, locale, intake.id, step)}
          fields={fields}
          initialValues={initialValues}
          submitLabel={step === "follow-up" ? t("complete") : t("saveStep")}
          secondaryLabel={t("saveDraft")}
        />
      )}
      {step === "referrals" && can(actor.role, "infosessions.registerPerson") && (
        <section aria-labelledby="registration-heading" className="mt-8">
          <h3 id="registration-heading">{t("registration.legend")}</h3>
          {sessionGroups.length === 0 ? (
            <p>{t("registration.noSessions")}</p>
          ) : (
            <StaffForm
              action={registerForInfosessionAction.bind(null, locale, intake.id, intake.person.id)}
              fields={[
                {
                  kind: "select",
                  name: "sessionId",
                  label: t("registration.session"),
                  hint: municipality
                    ? t("registration.regionHint", {
                        municipality: municipality.nameNl,
                        region: municipality.region,
                      })
                    : t("registration.regionUnknown"),
                  placeholder: tSessions("picker.choose"),
                  required: true,
                  options: [],
                  groups: sessionGroups,
                },
                ...(intake.person.householdId
                  ? [
                      {
                        kind: "checkbox",
                        name: "wholeHousehold",
                        label: t("registration.wholeHousehold"),
                      } satisfies FieldSpec,
                    ]
                  : []),
                { kind: "checkbox", name: "consent", label: t("registration.consent") },
              ]}
              submitLabel={t("registration.register")}
            />
          )}
        </section>
      )}
    </>
  );
});
