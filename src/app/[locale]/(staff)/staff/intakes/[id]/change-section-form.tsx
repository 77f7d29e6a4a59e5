"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/staff-forms/error-summary";
import { idleState, type FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";

/** "Change" beside one part of a completed intake: an explicit action that opens that part again. */
export function ChangeSectionForm(props: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  label: string;
  section: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  return (
    <form action={formAction}>
      <input type="hidden" name="version" value={props.version} />
      <ErrorSummary state={state} />
      <Button type="submit" variant="link" disabled={pending}>
        {props.label}
        <span className="sr-only"> {props.section}</span>
      </Button>
    </form>
  );
}
