"use client";

import { useActionState } from "react";
import type { FormState } from "../../_cases/form-state";
import { emptyFormState } from "../../_cases/form-state";
import { Button } from "@/components/ui/button";

/** "Change" beside one part of a completed intake: an explicit action that opens that part again. */
export function ChangeSectionForm(props: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  version: number;
  label: string;
  section: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, emptyFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="version" value={props.version} />
      {state.message && (
        <p role="alert" className="m-0 font-semibold text-red-800">
          {state.message}
        </p>
      )}
      <Button type="submit" variant="link" disabled={pending}>
        {props.label}
        <span className="sr-only"> {props.section}</span>
      </Button>
    </form>
  );
}
