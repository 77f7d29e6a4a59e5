"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locale";
import { requireActor } from "@/server/auth/current-actor";
import { AppError } from "@/server/errors";
import { completeFollowUp } from "@/server/cases/complete-follow-up";
import { planFollowUp } from "@/server/cases/plan-follow-up";
import { failureState } from "../_cases/action-failure";
import { valuesOf, type FormState } from "../_cases/form-state";

/**
 * Plans a follow-up from the person's page. A date in the past is refused once with the offer to plan
 * it anyway; with "interpreter needed" the caseworker goes straight on to the interpreter request.
 */
export async function planFollowUpAction(
  locale: Locale,
  personId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(locale, "followUps.manage");
  const values = valuesOf(formData);
  const input = {
    personId,
    dueOn: formData.get("dueOn"),
    dueTime: formData.get("dueTime"),
    purpose: formData.get("purpose"),
    interpreterNeeded: formData.get("interpreterNeeded"),
    pastDateConfirmed: formData.get("intent") === "override",
  };
  try {
    await planFollowUp(actor, input);
  } catch (error) {
    const state = await failureState(locale, error, values);
    if (!onlyDateInPast(error)) return state;
    const t = await getTranslations({ locale, namespace: "cases.followUps" });
    return { ...state, errors: { dueOn: [t("pastDate")] }, offerOverride: true };
  }
  if (input.interpreterNeeded === "on") {
    const at = `${String(input.dueOn)}T${typeof input.dueTime === "string" && input.dueTime ? input.dueTime : "09:00"}`;
    redirect(`/${locale}/staff/interpreters?personId=${personId}&startsAt=${encodeURIComponent(at)}#request`);
  }
  redirect(`/${locale}/staff/persons/${personId}?followUp=planned#follow-ups`);
}

/** Marks a follow-up as held with its outcome; "plan the next one" opens the planning form for the person. */
export async function completeFollowUpAction(
  locale: Locale,
  followUpId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await requireActor(locale, "followUps.manage");
  let personId: string;
  try {
    ({ personId } = await completeFollowUp(actor, { followUpId, outcome: formData.get("outcome") }));
  } catch (error) {
    return failureState(locale, error, valuesOf(formData));
  }
  if (formData.get("planNext") === "on") redirect(`/${locale}/staff/persons/${personId}/follow-ups/new`);
  redirect(`/${locale}/staff/follow-ups?done=1`);
}

/** The one problem is a date in the past: the caseworker may mean it (a talk already held). */
function onlyDateInPast(error: unknown): boolean {
  if (!(error instanceof AppError) || !error.details) return false;
  return Object.keys(error.details).length === 1 && error.details.dueOn?.[0] === "dateInPast";
}
