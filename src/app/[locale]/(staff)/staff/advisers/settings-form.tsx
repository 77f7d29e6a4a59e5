"use client";

import { useActionState, type ReactNode } from "react";
import { DoneMessage, ErrorSummary } from "@/components/staff-forms/error-summary";
import { idleState, type FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";

/** A small settings form: its fields come from the server page; it shows what the save said. Works without JavaScript. */
export function SettingsForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  submit: string;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  return (
    <form action={formAction} noValidate className="mt-2 space-y-2">
      <ErrorSummary state={state} />
      <DoneMessage state={state} />
      {props.children}
      <Button type="submit" disabled={pending}>
        {props.submit}
      </Button>
    </form>
  );
}
