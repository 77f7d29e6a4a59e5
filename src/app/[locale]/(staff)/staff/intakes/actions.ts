"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { intakeSteps, type IntakeStep } from "@/domain/cases/intake-input";
import { completeIntake } from "@/server/cases/complete-intake";
import { sessionDescription } from "@/components/infosessions/session-choices";
import { registerPersonForInfosession } from "@/server/cases/register-person-for-infosession";
import { saveIntakeStep } from "@/server/cases/save-intake-step";
import { startIntake } from "@/server/cases/start-intake";
import type { FormState } from "@/components/staff-forms/form-state";
import { runStaffAction } from "../_actions/staff-action";

export async function startIntakeAction(
  localeArg: unknown,
  personId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, formData, {
    permission: "intakes.write",
    input: (form) => ({ conductedOn: form.get("conductedOn") }),
    run: (actor, input) => startIntake(actor, personId, input),
    done: (started, { locale }) =>
      redirect(`/${locale}/staff/intakes/${started.id}?step=needs${started.resumed ? "&resumed=1" : ""}`),
  });
}

/** Chosen topics with their notes, from checkboxes named `topics` and inputs named `note.<TOPIC>`. */
function topicRows(formData: FormData) {
  return formData
    .getAll("topics")
    .map((topic) => ({ topic: String(topic), note: formData.get(`note.${String(topic)}`) ?? undefined }));
}

function stepInput(step: IntakeStep, formData: FormData) {
  switch (step) {
    case "needs":
      return { needs: topicRows(formData) };
    case "information":
      return { information: topicRows(formData) };
    case "referrals":
      return {
        referrals: topicRows(formData).map((row) => ({ type: row.topic, note: row.note })),
        consent: formData.get("consent") ?? undefined,
      };
    case "follow-up":
      return {
        followUpOn: formData.get("followUpOn") ?? undefined,
        followUpCaseworkerId: formData.get("followUpCaseworkerId") ?? undefined,
      };
  }
}

/**
 * Saves one step as a draft. "Save and continue" goes to the next step (or finishes the intake
 * after the last); "Save draft" stays on the step.
 */
export async function saveIntakeStepAction(
  localeArg: unknown,
  intakeId: string,
  step: IntakeStep,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const continuing = formData.get("intent") !== "secondary";
  return runStaffAction(localeArg, formData, {
    permission: "intakes.write",
    wording: { codes: { STALE_EDIT: "cases.intake.staleEdit" } },
    input: (form) => ({ intakeId, step, version: form.get("version"), fields: stepInput(step, form) }),
    run: async (actor, input: Parameters<typeof saveIntakeStep>[1]) => {
      const saved = await saveIntakeStep(actor, input);
      if (continuing && step === "follow-up") await completeIntake(actor, intakeId);
      return saved;
    },
    done: async (saved, { locale, values }) => {
      if (!continuing) {
        const t = await getTranslations({ locale, namespace: "cases.intake" });
        // The form stays open: its next save is made against the version this one wrote.
        return { values: { ...values, version: String(saved.version) }, status: "done", message: t("saved") };
      }
      const next = intakeSteps[intakeSteps.indexOf(step) + 1];
      redirect(`/${locale}/staff/intakes/${intakeId}${next ? `?step=${next}` : ""}`);
    },
  });
}

export async function registerForInfosessionAction(
  localeArg: unknown,
  intakeId: string,
  personId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, formData, {
    permission: "infosessions.registerPerson",
    input: (form) => ({
      sessionId: form.get("sessionId"),
      wholeHousehold: form.get("wholeHousehold"),
      consent: form.get("consent"),
    }),
    run: (actor, input: object, locale) =>
      registerPersonForInfosession(actor, personId, { ...input, registrarLocale: locale }),
    done: async (booked, { locale }) => {
      const t = await getTranslations({ locale, namespace: "cases.intake.registration" });
      // Repeats what was booked for whom, region included, so a wrong pick shows at once.
      const message = t(booked.status === "WAITLISTED" ? "waitlistedFor" : "registeredFor", {
        names: new Intl.ListFormat(locale, { type: "conjunction" }).format(booked.names),
        count: booked.names.length,
        session: await sessionDescription(locale, booked.session),
      });
      return { values: {}, status: "done", message };
    },
  });
}
