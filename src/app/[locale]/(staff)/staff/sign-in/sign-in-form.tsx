"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/staff-forms/error-summary";
import type { FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export type SignInLabels = {
  email: string;
  password: string;
  submit: string;
};

type Props = { action: (state: FormState, form: FormData) => Promise<FormState>; labels: SignInLabels };

/** Keeps the typed e-mail address after a failed attempt; the password is never sent back. */
export function SignInForm({ action, labels }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const fieldError = (field: string) => state.fieldErrors?.[field] ?? [];
  return (
    <form action={formAction} noValidate className="max-w-md">
      <ErrorSummary state={state} />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        autoComplete="username"
        required
        defaultValue={String(state.values?.email ?? "")}
        errors={fieldError("email")}
      />
      <TextField
        name="password"
        type="password"
        label={labels.password}
        autoComplete="current-password"
        required
        errors={fieldError("password")}
      />
      <Button type="submit" className="mt-4">
        {labels.submit}
      </Button>
    </form>
  );
}
