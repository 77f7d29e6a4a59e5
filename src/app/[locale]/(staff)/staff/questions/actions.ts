"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireActor } from "@/server/auth/current-actor";
import { askQuestion } from "@/server/questions/ask-question";
import { similarAnswers } from "@/server/questions/search-answers";
import { stepQuestion } from "@/server/questions/step-question";
import { valuesOf, type FormState } from "@/components/staff-forms/form-state";
import { staffLocale } from "../staff-locale";
import { questionFormState } from "./question-form-state";

export type AskState = FormState & { similar?: { id: string; title: string }[] };

/**
 * Asking: "send" sends the question; "similar" (the no-JavaScript way to look before asking) shows
 * published answers that look like the title and keeps everything typed.
 */
export async function askQuestionAction(
  localeArg: unknown,
  _previous: AskState,
  form: FormData,
): Promise<AskState> {
  const locale = staffLocale(localeArg);
  const values = valuesOf(form);
  if (form.get("intent") === "similar") {
    const actor = await requireActor(locale, "answers.read");
    const similar = await similarAnswers(actor, { title: String(form.get("title") ?? "") });
    return {
      status: "idle",
      values,
      similar: similar.map((answer) => ({ id: answer.id, title: answer.title })),
    };
  }
  const actor = await requireActor(locale, "questions.ask");
  let id: string;
  try {
    ({ id } = await askQuestion(actor, Object.fromEntries(form)));
  } catch (error) {
    return questionFormState(locale, error, values);
  }
  redirect(`/${locale}/staff/questions/${id}?done=asked`);
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
  const locale = staffLocale(localeArg);
  const move = String(form.get("move") ?? "");
  const actor = await requireActor(
    locale,
    ["reply", "close", "reopen"].includes(move) ? "questions.ask" : "questions.answer",
  );
  const values = valuesOf(form);
  try {
    await stepQuestion(actor, Object.fromEntries(form));
  } catch (error) {
    return questionFormState(locale, error, values);
  }
  revalidatePath(`/${locale}/staff/questions/${String(form.get("questionId"))}`);
  const t = await getTranslations({ locale, namespace: "questions" });
  return { status: "done", message: t("detail.done") };
}
