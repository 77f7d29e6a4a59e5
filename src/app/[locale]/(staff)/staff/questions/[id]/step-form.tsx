"use client";

import { useActionState, type ReactNode } from "react";
import { DoneMessage, ErrorSummary } from "@/components/staff-forms/error-summary";
import { FieldError } from "@/components/staff-forms/form-errors";
import { idleState, type FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";

/**
 * One step on a question as its own small form (hidden move, id and version), with an optional
 * message; extra fields (pass: topic and region) come as children.
 */
export function StepForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  questionId: string;
  version: number;
  move: string;
  submit: string;
  messageLabel?: string;
  children?: ReactNode;
  variant?: "primary" | "secondary";
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  const id = `${props.move}-body`;
  const errors = state.fieldErrors ?? {};
  const typed = state.status === "error" && typeof state.values?.body === "string" ? state.values.body : "";
  return (
    <form action={formAction} noValidate className="mt-4 rounded border border-slate-300 p-3">
      <DoneMessage state={state} />
      <ErrorSummary state={state} />
      <input type="hidden" name="move" value={props.move} />
      <input type="hidden" name="questionId" value={props.questionId} />
      <input type="hidden" name="version" value={props.version} />
      {props.messageLabel && (
        <p>
          <label htmlFor={id} className="block font-semibold">
            {props.messageLabel}
          </label>
          <textarea
            id={id}
            name="body"
            rows={5}
            maxLength={8000}
            defaultValue={typed}
            aria-describedby={`${id}-error`}
            aria-invalid={Boolean(errors.body)}
            className="mt-1 w-full rounded border-2 border-slate-600 p-2"
          />
          <FieldError id={`${id}-error`} messages={errors.body} />
        </p>
      )}
      {props.children}
      <Button type="submit" disabled={pending} variant={props.variant ?? "primary"} className="mt-2">
        {props.submit}
      </Button>
    </form>
  );
}
