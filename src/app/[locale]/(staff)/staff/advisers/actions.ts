"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { saveAdviserProfile, saveTopicTarget } from "@/server/questions/adviser-profiles";
import type { FormState } from "@/components/staff-forms/form-state";
import { runStaffAction } from "../_actions/staff-action";
import { questionsWording } from "../_actions/wordings";

/** Saves an adviser's topics and regions (checkbox groups, so each may be empty). */
export async function saveAdviserProfileAction(
  localeArg: unknown,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, form, {
    permission: "advisers.manage",
    wording: questionsWording,
    input: (form) => ({
      userId: form.get("userId"),
      topics: form.getAll("topics"),
      regions: form.getAll("regions"),
    }),
    run: (actor, input) => saveAdviserProfile(actor, input),
    done: async (_saved, { locale }) => {
      revalidatePath(`/${locale}/staff/advisers`);
      const t = await getTranslations({ locale, namespace: "questions.advisers" });
      return { status: "done", message: t("saved") };
    },
  });
}

/** Saves one topic's first-answer target in working days. */
export async function saveTopicTargetAction(
  localeArg: unknown,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, form, {
    permission: "advisers.manage",
    wording: questionsWording,
    input: (form) => Object.fromEntries(form),
    run: (actor, input) => saveTopicTarget(actor, input),
    done: async (_saved, { locale }) => {
      revalidatePath(`/${locale}/staff/advisers`);
      const t = await getTranslations({ locale, namespace: "questions.advisers" });
      return { status: "done", message: t("targetSaved") };
    },
  });
}
