"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireActor } from "@/server/auth/current-actor";
import { askQuestion } from "@/server/questions/ask-question";
import { similarAnswers } from "@/server/questions/search-answers";
import { stepQuestion } from "@/server/questions/step-question";
import type { FormState } from "@/components/staff-forms/form-state";
import { runStaffAction } from "../_actions/staff-action";
import { questionsWording } from "../_actions/wordings";
import { staffLocale } from "../staff-locale";

/**
 * Asking: "send" sends the question; "similar" (the no-JavaScript way to look before asking) shows
 * published answers that look like the title and keeps everything typed.
 */
export async function askQuestionAction(
  localeArg: unknown,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  if (form.get("intent") === "similar")
    return runStaffAction(localeArg, form, {
      permission: "answers.read",
      input: (form) => ({ title: String(form.get("title") ?? "") }),
      run: (actor, input: { title: string }) => similarAnswers(actor, input),
      done: (similar, { values }) => ({
        status: "idle",
        values,
        similar: similar.map((answer) => ({ id: answer.id, title: answer.title })),
      }),
    });
  return runStaffAction(localeArg, form, {
    permission: "questions.ask",
    wording: questionsWording,
    input: (form) => Object.fromEntries(form),
    run: (actor, input) => askQuestion(actor, input),
    done: ({ id }, { locale }) => redirect(`/${locale}/staff/questions/${id}?done=asked`),
  });
}

/** Similar answers to a title being typed (the ask form calls this after a pause in typing). */
export async function similarAnswersAction(
  localeArg: unknown,
  title: unknown,
): Promise<{ id: string; title: string }[]> {
  const actor = await requireActor(staffLocale(localeArg), "answers.read");
  const parsed = z.string().max(500).safeParse(title);
  if (!parsed.success) return [];
  const similar = await similarAnswers(actor, { title: parsed.data });
  return similar.map((answer) => ({ id: answer.id, title: answer.title }));
}

/** One step on a question (take, answer, ask back, pass, reply, close, reopen); the use-case checks who may. */
export async function stepQuestionAction(
  localeArg: unknown,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, form, {
    permission: (form) =>
      ["reply", "close", "reopen"].includes(String(form.get("move") ?? ""))
        ? "questions.ask"
        : "questions.answer",
    wording: questionsWording,
    input: (form) => Object.fromEntries(form),
    run: (actor, input) => stepQuestion(actor, input),
    done: async (_stepped, { locale }) => {
      revalidatePath(`/${locale}/staff/questions/${String(form.get("questionId"))}`);
      const t = await getTranslations({ locale, namespace: "questions" });
      return { status: "done", message: t("detail.done") };
    },
  });
}
