import "server-only";
import { getTranslations } from "next-intl/server";
import { fromDbDate } from "@/domain/cases/form-fields";
import {
  informationTopics,
  needTopics,
  simpleReferralTypes,
  type IntakeStep,
} from "@/domain/cases/intake-input";
import type { Locale } from "@/domain/locale";
import type { Actor } from "@/server/auth/actor";
import { listFollowUpCaseworkers, type IntakeDetails } from "@/server/cases/get-intake";
import type { FieldSpec } from "../../_cases/field-spec";
import type { FormValues } from "@/components/staff-forms/form-state";

const topicValues = (rows: { topic: string; note: string | null }[]): FormValues => ({
  topics: rows.map((row) => row.topic),
  ...Object.fromEntries(rows.map((row) => [`note.${row.topic}`, row.note ?? ""])),
});

/** The fields of one saved intake step and their values as stored, for the step's form. */
export async function stepFields(
  locale: Locale,
  actor: Actor,
  intake: IntakeDetails,
  step: IntakeStep,
): Promise<{ fields: FieldSpec[]; initialValues: FormValues }> {
  const t = await getTranslations({ locale, namespace: "cases.intake" });
  // The version the form was opened at: a save after a colleague's is refused rather than overwriting it.
  const version: FieldSpec = { kind: "hidden", name: "version", value: String(intake.version) };
  const topics = (legend: string, options: { value: string; label: string }[]): FieldSpec => ({
    kind: "topics",
    legend,
    noteLabel: t("note"),
    options,
  });
  switch (step) {
    case "needs":
      return {
        fields: [
          topics(
            t("needs.legend"),
            needTopics.map((topic) => ({ value: topic, label: t(`needs.${topic}`) })),
          ),
          version,
        ],
        initialValues: topicValues(intake.needs),
      };
    case "information":
      return {
        fields: [
          topics(
            t("information.legend"),
            informationTopics.map((topic) => ({ value: topic, label: t(`information.${topic}`) })),
          ),
          version,
        ],
        initialValues: topicValues(intake.information),
      };
    case "referrals":
      return {
        fields: [
          topics(
            t("referrals.legend"),
            simpleReferralTypes
              // An interpreter is asked for with an interpreter request, linked to the case (see the
              // step's page); the old referral type stays only where an intake already has one.
              .filter(
                (type) =>
                  type !== "INTERPRETER" || intake.referrals.some((referral) => referral.type === type),
              )
              .map((type) => ({ value: type, label: t(`referrals.${type}`) })),
          ),
          { kind: "checkbox", name: "consent", label: t("referrals.consent") },
          version,
        ],
        initialValues: topicValues(
          intake.referrals
            .filter((referral) => referral.type !== "NT2")
            .map((referral) => ({ topic: referral.type, note: referral.note })),
        ),
      };
    case "follow-up": {
      const colleagues = await listFollowUpCaseworkers(actor, intake.organisationId);
      const planned = intake.followUps[0];
      return {
        fields: [
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
          version,
        ],
        initialValues: {
          followUpOn: fromDbDate(planned?.dueOn ?? null),
          followUpCaseworkerId: planned?.caseworkerId ?? actor.userId,
        },
      };
    }
  }
}
