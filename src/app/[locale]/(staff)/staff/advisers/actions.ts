"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth/current-actor";
import { saveAdviserProfile, saveTopicTarget } from "@/server/questions/adviser-profiles";
import { valuesOf, type FormState } from "@/components/staff-forms/form-state";
import { staffLocale } from "../staff-locale";
import { questionFormState } from "../questions/question-form-state";

/** Saves an adviser's topics and regions (checkbox groups, so each may be empty). */
export async function saveAdviserProfileAction(
  localeArg: unknown,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, "advisers.manage");
  try {
    await saveAdviserProfile(actor, {
      userId: form.get("userId"),
      topics: form.getAll("topics"),
      regions: form.getAll("regions"),
    });
  } catch (error) {
    return questionFormState(locale, error, valuesOf(form));
  }
  revalidatePath(`/${locale}/staff/advisers`);
  const t = await getTranslations({ locale, namespace: "questions.advisers" });
  return { status: "done", message: t("saved") };
}

/** Saves one topic's first-answer target in working days. */
export async function saveTopicTargetAction(
  localeArg: unknown,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, "advisers.manage");
  try {
    await saveTopicTarget(actor, Object.fromEntries(form));
  } catch (error) {
    return questionFormState(locale, error, valuesOf(form));
  }
  revalidatePath(`/${locale}/staff/advisers`);
  const t = await getTranslations({ locale, namespace: "questions.advisers" });
  return { status: "done", message: t("targetSaved") };
}
