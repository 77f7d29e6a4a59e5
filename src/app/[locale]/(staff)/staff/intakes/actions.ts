"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { IntakeStep } from "@/domain/cases/intake-input";
import { chosenTopics, isIntakeScreen, screenAfter } from "@/domain/cases/intake-screens";
import type { Locale } from "@/domain/locale";
import { requireActor } from "@/server/auth/current-actor";
import { completeIntake } from "@/server/cases/complete-intake";
import { sessionDescription } from "@/components/infosessions/session-choices";
import {
  registerPersonForInfosession,
  type BookedForPerson,
} from "@/server/cases/register-person-for-infosession";
import { reopenIntakeStep } from "@/server/cases/reopen-intake-step";
import { saveIntakeStep } from "@/server/cases/save-intake-step";
import { startIntake } from "@/server/cases/start-intake";
import { failureState } from "../_cases/action-failure";
import { valuesOf, type FormState, type FormValues } from "../_cases/form-state";

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

/**
 * Chosen topics with their notes, from checkboxes named `topics` and inputs named `note.<TOPIC>`: a
 * topic with a note counts as chosen even when its box was left unticked, so no note is dropped.
 */
function topicRows(formData: FormData) {
  const notes: Record<string, string> = {};
  for (const [name, value] of formData.entries())
    if (name.startsWith("note.") && typeof value === "string") notes[name.slice("note.".length)] = value;
  const ticked = formData.getAll("topics").map(String);
  return chosenTopics(ticked, notes).map((topic) => ({ topic, note: notes[topic] }));
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
 * Saves one step as a draft. "Save and continue" goes to the next screen (after the last step, the
 * check-your-answers screen); "Save draft" stays on the step; a step link (`goto`) saves, then opens
 * that step, so leaving a step never drops what was typed. A reopened step of a completed intake
 * goes back to the intake's answers once saved.
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
  const goto = formData.get("goto");
  const continuing = formData.get("intent") !== "secondary";
  let saved: { version: number; reopened: boolean };
  try {
    saved = await saveIntakeStep(actor, {
      intakeId,
      step,
      version: formData.get("version"),
      fields: stepInput(step, formData),
    });
  } catch (error) {
    return failureState(locale, error, values, "intake.staleEdit");
  }
  const intakePath = `/${locale}/staff/intakes/${intakeId}`;
  if (saved.reopened) redirect(`${intakePath}?changed=1`);
  if (isIntakeScreen(goto)) redirect(`${intakePath}?step=${goto}`);
  if (!continuing) {
    const t = await getTranslations({ locale, namespace: "cases.intake" });
    // The form stays open: its next save is made against the version this one wrote, and a topic
    // saved because of its note shows ticked, as it was saved.
    const shown: FormValues = { ...values, version: String(saved.version) };
    if (step !== "follow-up") shown.topics = topicRows(formData).map((row) => row.topic);
    return {
      values: shown,
      errors: {},
      status: "ok",
      message: t("saved"),
    };
  }
  redirect(`${intakePath}?step=${screenAfter(step)}`);
}

/** Finishes the intake from its check-your-answers screen. */
export async function completeIntakeAction(
  locale: Locale,
  intakeId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(locale, "intakes.write");
  try {
    await completeIntake(actor, intakeId);
  } catch (error) {
    return failureState(locale, error, valuesOf(formData), "intake.staleEdit");
  }
  redirect(`/${locale}/staff/intakes/${intakeId}`);
}

/** "Change" on a completed intake: opens that one step for editing, audited, then shows it. */
export async function reopenIntakeStepAction(
  locale: Locale,
  intakeId: string,
  step: IntakeStep,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(locale, "intakes.write");
  try {
    await reopenIntakeStep(actor, { intakeId, step, version: formData.get("version") });
  } catch (error) {
    return failureState(locale, error, valuesOf(formData), "intake.staleEdit");
  }
  redirect(`/${locale}/staff/intakes/${intakeId}?step=${step}`);
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
