"use client";

import { useActionState } from "react";
import { DoneMessage, ErrorSummary } from "@/components/staff-forms/error-summary";
import { FieldError } from "@/components/staff-forms/form-errors";
import { idleState, type FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** The rewritten question and answer an adviser proposes for all staff. */
export function ProposeAnswerForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  questionId: string;
  topic: string;
  labels: Record<"title" | "question" | "answer" | "submit", string>;
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  const value = (name: string) =>
    state.status === "error" && typeof state.values?.[name] === "string"
      ? (state.values[name] as string)
      : "";
  const errors = state.fieldErrors ?? {};
  const input = "mt-1 w-full rounded border-2 border-slate-600 p-2";
  const { labels } = props;
  return (
    <form action={formAction} noValidate className="mt-4 space-y-3">
      <DoneMessage state={state} />
      <ErrorSummary state={state} />
      <input type="hidden" name="questionId" value={props.questionId} />
      <input type="hidden" name="topic" value={props.topic} />
      <TextField
        id="answer-title"
        type="text"
        name="title"
        label={labels.title}
        maxLength={160}
        defaultValue={value("title")}
        errors={errors.title}
        className=""
      />
      <p>
        <label htmlFor="answer-question" className="block font-semibold">
          {labels.question}
        </label>
        <textarea
          id="answer-question"
          name="question"
          rows={4}
          maxLength={4000}
          defaultValue={value("question")}
          aria-describedby="answer-question-error"
          aria-invalid={Boolean(errors.question)}
          className={input}
        />
        <FieldError id="answer-question-error" messages={errors.question} />
      </p>
      <p>
        <label htmlFor="answer-answer" className="block font-semibold">
          {labels.answer}
        </label>
        <textarea
          id="answer-answer"
          name="answer"
          rows={8}
          maxLength={8000}
          defaultValue={value("answer")}
          aria-describedby="answer-answer-error"
          aria-invalid={Boolean(errors.answer)}
          className={input}
        />
        <FieldError id="answer-answer-error" messages={errors.answer} />
      </p>
      <Button type="submit" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
