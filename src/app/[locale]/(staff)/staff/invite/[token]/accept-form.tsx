"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/staff-forms/error-summary";
import type { FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export type AcceptLabels = {
  name: string;
  password: string;
  passwordHint: string;
  passwordConfirm: string;
  submit: string;
};

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  labels: AcceptLabels;
  minLength: number;
};

export function AcceptInvitationForm({ action, labels, minLength }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const fieldError = (field: string) => state.fieldErrors?.[field] ?? [];
  return (
    <form action={formAction} noValidate className="max-w-md">
      <ErrorSummary state={state} />
      <TextField
        type="text"
        name="name"
        label={labels.name}
        autoComplete="name"
        required
        defaultValue={String(state.values?.name ?? "")}
        errors={fieldError("name")}
      />
      <TextField
        name="password"
        type="password"
        label={labels.password}
        hint={labels.passwordHint}
        autoComplete="new-password"
        required
        minLength={minLength}
        errors={fieldError("password")}
      />
      <TextField
        name="passwordConfirm"
        type="password"
        label={labels.passwordConfirm}
        autoComplete="new-password"
        required
        errors={fieldError("passwordConfirm")}
      />
      <Button type="submit" className="mt-4">
        {labels.submit}
      </Button>
    </form>
  );
}
