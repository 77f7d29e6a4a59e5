"use client";

import { useActionState } from "react";
import { Notice } from "@/components/staff/notice";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { AcceptState } from "./actions";

export type AcceptLabels = {
  name: string;
  password: string;
  passwordHint: string;
  passwordConfirm: string;
  passwordsDiffer: string;
  submit: string;
  invalid: string;
  accountExists: string;
  validation: Record<string, string>;
};

type Props = {
  action: (state: AcceptState, form: FormData) => Promise<AcceptState>;
  labels: AcceptLabels;
  minLength: number;
};

export function AcceptInvitationForm({ action, labels, minLength }: Props) {
  const [state, formAction] = useActionState(action, { name: "" });
  const fieldError = (field: string) =>
    (state.fieldErrors?.[field] ?? []).map((key) => labels.validation[key] ?? key);
  return (
    <form action={formAction} noValidate className="max-w-md">
      {state.error && <Notice kind="error">{labels[state.error]}</Notice>}
      <TextField
        type="text"
        name="name"
        label={labels.name}
        autoComplete="name"
        required
        defaultValue={state.name}
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
        errors={state.passwordsDiffer ? [labels.passwordsDiffer] : []}
      />
      <Button type="submit" className="mt-4">
        {labels.submit}
      </Button>
    </form>
  );
}
