"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { interpreterStartFor } from "@/domain/cases/follow-up-input";
import { completeFollowUp } from "@/server/cases/complete-follow-up";
import { planFollowUp } from "@/server/cases/plan-follow-up";
import { AppError } from "@/server/errors";
import type { FormState } from "@/components/staff-forms/form-state";
import { refused, runStaffAction } from "../_actions/staff-action";

/**
 * Plans a follow-up from the person's page. A date in the past is refused once with the offer to plan
 * it anyway; with "interpreter needed" the caseworker goes straight on to the interpreter request.
 */
export async function planFollowUpAction(
  localeArg: unknown,
  personId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, formData, {
    permission: "followUps.manage",
    input: (form) => ({
      personId,
      dueOn: form.get("dueOn"),
      dueTime: form.get("dueTime"),
      purpose: form.get("purpose"),
      interpreterNeeded: form.get("interpreterNeeded"),
      pastDateConfirmed: form.get("intent") === "override",
    }),
    run: async (actor, input) => {
      try {
        return { planned: await planFollowUp(actor, input) };
      } catch (error) {
        // The one problem is a date in the past: the caseworker may mean it (a talk already held).
        if (onlyDateInPast(error)) return { pastDate: true as const };
        throw error;
      }
    },
    done: async (result, { locale, values }) => {
      if ("pastDate" in result) {
        const t = await getTranslations({ locale, namespace: "cases.followUps" });
        return refused(locale, { values, fieldErrors: { dueOn: [t("pastDate")] }, offerOverride: true });
      }
      if (values.interpreterNeeded === "on") {
        const at = interpreterStartFor(String(values.dueOn), String(values.dueTime ?? ""));
        redirect(
          `/${locale}/staff/interpreters?personId=${personId}&startsAt=${encodeURIComponent(at)}#request`,
        );
      }
      redirect(`/${locale}/staff/persons/${personId}?followUp=planned#follow-ups`);
    },
  });
}

/** Marks a follow-up as held with its outcome; "plan the next one" opens the planning form for the person. */
export async function completeFollowUpAction(
  localeArg: unknown,
  followUpId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, formData, {
    permission: "followUps.manage",
    input: (form) => ({ followUpId, outcome: form.get("outcome") }),
    run: (actor, input) => completeFollowUp(actor, input),
    done: ({ personId }, { locale, values }) => {
      if (values.planNext === "on") redirect(`/${locale}/staff/persons/${personId}/follow-ups/new`);
      redirect(`/${locale}/staff/follow-ups?done=1`);
    },
  });
}

function onlyDateInPast(error: unknown): boolean {
  if (!(error instanceof AppError) || !error.fields) return false;
  return Object.keys(error.fields).length === 1 && error.fields.dueOn?.[0] === "dateInPast";
}
