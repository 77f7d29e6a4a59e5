"use client";

import { useActionState } from "react";
import { Notice } from "@/components/staff/notice";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { InviteState } from "./actions";

type Option = { value: string; label: string };
export type InviteLabels = {
  email: string;
  role: string;
  organisation: string;
  choose: string;
  submit: string;
  sent: string;
  accountExists: string;
  validation: Record<string, string>;
};

type Props = {
  action: (state: InviteState, form: FormData) => Promise<InviteState>;
  labels: InviteLabels;
  roles: Option[];
  organisations: Option[];
  /** From an organisation's page: the invitation is into that organisation, no choice shown. */
  fixedOrganisationId?: string;
};

export function InviteForm({ action, labels, roles, organisations, fixedOrganisationId }: Props) {
  const [state, formAction] = useActionState(action, { values: { email: "", role: "", organisationId: "" } });
  const errorsOf = (field: string) =>
    (state.fieldErrors?.[field] ?? []).map((key) => labels.validation[key] ?? key);
  const select = (name: "role" | "organisationId", label: string, options: Option[]) => {
    const errors = errorsOf(name);
    return (
      <div className="mt-4 flex flex-col gap-1">
        <label htmlFor={`invite-${name}`} className="font-semibold">
          {label}
        </label>
        {errors.length > 0 && (
          <p id={`invite-${name}-error`} className="font-semibold text-red-800">
            {errors.join(" ")}
          </p>
        )}
        <select
          id={`invite-${name}`}
          name={name}
          required
          defaultValue={state.values[name]}
          key={`${name}-${state.values[name]}`}
          aria-invalid={errors.length > 0 ? true : undefined}
          aria-describedby={errors.length > 0 ? `invite-${name}-error` : undefined}
          className="rounded border-2 border-slate-600 px-3 py-2"
        >
          <option value="">{labels.choose}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    );
  };
  return (
    <form action={formAction} noValidate className="max-w-md">
      {state.sent && <Notice>{labels.sent}</Notice>}
      {state.error && <Notice kind="error">{labels[state.error]}</Notice>}
      <TextField
        id="invite-email"
        name="email"
        type="email"
        label={labels.email}
        autoComplete="off"
        required
        defaultValue={state.values.email}
        key={`email-${state.values.email}`}
        errors={errorsOf("email")}
      />
      {select("role", labels.role, roles)}
      {fixedOrganisationId ? (
        <input type="hidden" name="organisationId" value={fixedOrganisationId} />
      ) : (
        select("organisationId", labels.organisation, organisations)
      )}
      <Button type="submit" className="mt-4">
        {labels.submit}
      </Button>
    </form>
  );
}
