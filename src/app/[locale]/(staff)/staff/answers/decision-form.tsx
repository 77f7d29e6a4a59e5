"use client";

import { useActionState } from "react";
import { DoneMessage, ErrorSummary } from "@/components/staff-forms/error-summary";
import { idleState, type FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";

/** One button on an answer: approve a colleague's proposal, or confirm an old answer still holds. */
export function DecisionForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  answerId: string;
  decision: "approve" | "reviewed";
  submit: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  return (
    <form action={formAction} className="mt-2">
      <DoneMessage state={state} />
      <ErrorSummary state={state} />
      <input type="hidden" name="answerId" value={props.answerId} />
      <input type="hidden" name="decision" value={props.decision} />
      <Button type="submit" disabled={pending} size="small">
        {props.submit}
      </Button>
    </form>
  );
}
