"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth/current-actor";
import { approveAnswer, markAnswerReviewed, proposeAnswer } from "@/server/questions/publish-answer";
import { valuesOf, type FormState } from "@/components/staff-forms/form-state";
import { questionFormState } from "../questions/question-form-state";
import { staffLocale } from "../staff-locale";

/** An adviser proposes an answer for all; a second adviser approves it (below). */
export async function proposeAnswerAction(
  localeArg: unknown,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, "answers.publish");
  const values = valuesOf(form);
  try {
    await proposeAnswer(actor, Object.fromEntries(form));
  } catch (error) {
    return questionFormState(locale, error, values);
  }
  revalidatePath(`/${locale}/staff/answers`);
  const t = await getTranslations({ locale, namespace: "questions" });
  return { status: "done", message: t("answers.proposed") };
}

/** Approve a proposal ("approve") or confirm a published answer still holds ("reviewed"). */
export async function answerDecisionAction(
  localeArg: unknown,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, "answers.publish");
  const answerId = String(form.get("answerId") ?? "");
  const decision = form.get("decision");
  try {
    if (decision === "approve") await approveAnswer(actor, { answerId });
    else await markAnswerReviewed(actor, { answerId });
  } catch (error) {
    return questionFormState(locale, error, valuesOf(form));
  }
  revalidatePath(`/${locale}/staff/answers`);
  const t = await getTranslations({ locale, namespace: "questions" });
  return { status: "done", message: t(decision === "approve" ? "answers.approved" : "answers.reviewed") };
}
