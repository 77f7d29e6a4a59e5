"use client";

import { useActionState } from "react";
import { Notice } from "@/components/staff/notice";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { SignInState } from "./actions";

export type SignInLabels = {
  email: string;
  password: string;
  submit: string;
  invalidCredentials: string;
  locked: string;
  validation: Record<string, string>;
};

type Props = { action: (state: SignInState, form: FormData) => Promise<SignInState>; labels: SignInLabels };

/** Keeps the typed e-mail address after a failed attempt; the password is never sent back. */
export function SignInForm({ action, labels }: Props) {
  const [state, formAction] = useActionState(action, { email: "" });
  const fieldError = (field: string) =>
    (state.fieldErrors?.[field] ?? []).map((key) => labels.validation[key] ?? key);
  return (
    <form action={formAction} noValidate className="max-w-md">
      {state.error && <Notice kind="error">{labels[state.error]}</Notice>}
      <TextField
        name="email"
        type="email"
        label={labels.email}
        autoComplete="username"
        required
        defaultValue={state.email}
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
