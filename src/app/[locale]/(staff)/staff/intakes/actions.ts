"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { IntakeStep } from "@/domain/cases/intake-input";
import { chosenTopics, isIntakeScreen, screenAfter } from "@/domain/cases/intake-screens";
import { completeIntake } from "@/server/cases/complete-intake";
import { sessionDescription } from "@/components/infosessions/session-choices";
import { registerPersonForInfosession } from "@/server/cases/register-person-for-infosession";
import { reopenIntakeStep } from "@/server/cases/reopen-intake-step";
import { saveIntakeStep } from "@/server/cases/save-intake-step";
import { startIntake } from "@/server/cases/start-intake";
import type { FormState, FormValues } from "@/components/staff-forms/form-state";
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
  localeArg: unknown,
  intakeId: string,
  step: IntakeStep,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const goto = formData.get("goto");
  const continuing = formData.get("intent") !== "secondary";
  return runStaffAction(localeArg, formData, {
    permission: "intakes.write",
    wording: { codes: { STALE_EDIT: "cases.intake.staleEdit" } },
    input: (form) => ({ intakeId, step, version: form.get("version"), fields: stepInput(step, form) }),
    run: (actor, input: Parameters<typeof saveIntakeStep>[1]) => saveIntakeStep(actor, input),
    done: async (saved, { locale, values }) => {
      const intakePath = `/${locale}/staff/intakes/${intakeId}`;
      if (saved.reopened) redirect(`${intakePath}?changed=1`);
      if (isIntakeScreen(goto)) redirect(`${intakePath}?step=${goto}`);
      if (continuing) redirect(`${intakePath}?step=${screenAfter(step)}`);
      const t = await getTranslations({ locale, namespace: "cases.intake" });
      // The form stays open: its next save is made against the version this one wrote, and a topic
      // saved because of its note shows ticked, as it was saved.
      const shown: FormValues = { ...values, version: String(saved.version) };
      if (step !== "follow-up") shown.topics = topicRows(formData).map((row) => row.topic);
      return { values: shown, status: "done", message: t("saved") };
    },
  });
}

/** Finishes the intake from its check-your-answers screen. */
export async function completeIntakeAction(
  localeArg: unknown,
  intakeId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, formData, {
    permission: "intakes.write",
    wording: { codes: { STALE_EDIT: "cases.intake.staleEdit" } },
    input: () => intakeId,
    run: (actor, id: string) => completeIntake(actor, id),
    done: (_completed, { locale }) => redirect(`/${locale}/staff/intakes/${intakeId}`),
  });
}

/** "Change" on a completed intake: opens that one step for editing, audited, then shows it. */
export async function reopenIntakeStepAction(
  localeArg: unknown,
  intakeId: string,
  step: IntakeStep,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, formData, {
    permission: "intakes.write",
    wording: { codes: { STALE_EDIT: "cases.intake.staleEdit" } },
    input: (form) => ({ intakeId, step, version: form.get("version") }),
    run: (actor, input: Parameters<typeof reopenIntakeStep>[1]) => reopenIntakeStep(actor, input),
    done: (_reopened, { locale }) => redirect(`/${locale}/staff/intakes/${intakeId}?step=${step}`),
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
