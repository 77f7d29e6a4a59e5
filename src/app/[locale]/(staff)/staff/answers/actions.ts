"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { approveAnswer, markAnswerReviewed, proposeAnswer } from "@/server/questions/publish-answer";
import type { FormState } from "@/components/staff-forms/form-state";
import { runStaffAction } from "../_actions/staff-action";
import { questionsWording } from "../_actions/wordings";

/** An adviser proposes an answer for all; a second adviser approves it (below). */
export async function proposeAnswerAction(
  localeArg: unknown,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, form, {
    permission: "answers.publish",
    wording: questionsWording,
    input: (form) => Object.fromEntries(form),
    run: (actor, input) => proposeAnswer(actor, input),
    done: async (_proposed, { locale }) => {
      revalidatePath(`/${locale}/staff/answers`);
      const t = await getTranslations({ locale, namespace: "questions" });
      return { status: "done", message: t("answers.proposed") };
    },
  });
}

/** Approve a proposal ("approve") or confirm a published answer still holds ("reviewed"). */
export async function answerDecisionAction(
  localeArg: unknown,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const approving = form.get("decision") === "approve";
  return runStaffAction(localeArg, form, {
    permission: "answers.publish",
    wording: questionsWording,
    input: (form) => ({ answerId: String(form.get("answerId") ?? "") }),
    run: (actor, input: { answerId: string }) =>
      approving ? approveAnswer(actor, input) : markAnswerReviewed(actor, input),
    done: async (_decided, { locale }) => {
      revalidatePath(`/${locale}/staff/answers`);
      const t = await getTranslations({ locale, namespace: "questions" });
      return { status: "done", message: t(approving ? "answers.approved" : "answers.reviewed") };
    },
  });
}
