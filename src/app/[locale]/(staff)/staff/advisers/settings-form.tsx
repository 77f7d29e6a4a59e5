"use client";

import { useActionState, type ReactNode } from "react";
import { DoneMessage, FormErrorSummary } from "@/components/staff-forms/form-errors";
import { idleState, type FormState } from "@/components/staff-forms/form-state";

/** A small settings form: its fields come from the server page; it shows what the save said. Works without JavaScript. */
export function SettingsForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  submit: string;
  summary: string;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  return (
    <form action={formAction} noValidate className="mt-2 space-y-2">
      <FormErrorSummary state={state} summary={props.summary} />
      <DoneMessage state={state} />
      {props.children}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white"
      >
        {props.submit}
      </button>
    </form>
  );
}
