"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { intakeSteps, type IntakeStep } from "@/domain/cases/intake-input";
import type { Locale } from "@/domain/locale";
import { requireActor } from "@/server/auth/current-actor";
import { completeIntake } from "@/server/cases/complete-intake";
import { sessionDescription } from "@/components/infosessions/session-choices";
import {
  registerPersonForInfosession,
  type BookedForPerson,
} from "@/server/cases/register-person-for-infosession";
import { saveIntakeStep } from "@/server/cases/save-intake-step";
import { startIntake } from "@/server/cases/start-intake";
import { failureState } from "../_cases/action-failure";
import { valuesOf, type FormState } from "../_cases/form-state";

export async function startIntakeAction(
  locale: Locale,
  personId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(locale, "intakes.write");
  let started: { id: string; resumed: boolean };
  try {
    started = await startIntake(actor, personId, { conductedOn: formData.get("conductedOn") });
  } catch (error) {
    return failureState(locale, error, valuesOf(formData));
  }
  redirect(`/${locale}/staff/intakes/${started.id}?step=needs${started.resumed ? "&resumed=1" : ""}`);
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
  locale: Locale,
  intakeId: string,
  step: IntakeStep,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(locale, "intakes.write");
  const values = valuesOf(formData);
  const continuing = formData.get("intent") !== "secondary";
  let saved: { version: number };
  try {
    saved = await saveIntakeStep(actor, {
      intakeId,
      step,
      version: formData.get("version"),
      fields: stepInput(step, formData),
    });
    if (continuing && step === "follow-up") await completeIntake(actor, intakeId);
  } catch (error) {
    return failureState(locale, error, values, "intake.staleEdit");
  }
  if (!continuing) {
    const t = await getTranslations({ locale, namespace: "cases.intake" });
    // The form stays open: its next save is made against the version this one wrote.
    return {
      values: { ...values, version: String(saved.version) },
      errors: {},
      status: "ok",
      message: t("saved"),
    };
  }
  const next = intakeSteps[intakeSteps.indexOf(step) + 1];
  redirect(`/${locale}/staff/intakes/${intakeId}${next ? `?step=${next}` : ""}`);
}

export async function registerForInfosessionAction(
  locale: Locale,
  intakeId: string,
  personId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(locale, "infosessions.registerPerson");
  const values = valuesOf(formData);
  let booked: BookedForPerson;
  try {
    booked = await registerPersonForInfosession(actor, personId, {
      sessionId: formData.get("sessionId"),
      wholeHousehold: formData.get("wholeHousehold"),
      consent: formData.get("consent"),
      registrarLocale: locale,
    });
  } catch (error) {
    return failureState(locale, error, values);
  }
  const t = await getTranslations({ locale, namespace: "cases.intake.registration" });
  // Repeats what was booked for whom, region included, so a wrong pick shows at once.
  const message = t(booked.status === "WAITLISTED" ? "waitlistedFor" : "registeredFor", {
    names: new Intl.ListFormat(locale, { type: "conjunction" }).format(booked.names),
    count: booked.names.length,
    session: await sessionDescription(locale, booked.session),
  });
  return { values: {}, errors: {}, status: "ok", message };
}
