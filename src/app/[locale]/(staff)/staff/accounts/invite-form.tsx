"use client";

import { useActionState } from "react";
import { DoneMessage, ErrorSummary } from "@/components/staff-forms/error-summary";
import type { FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

type Option = { value: string; label: string };
export type InviteLabels = {
  email: string;
  role: string;
  organisation: string;
  choose: string;
  submit: string;
};

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  labels: InviteLabels;
  roles: Option[];
  organisations: Option[];
  /** From an organisation's page: the invitation is into that organisation, no choice shown. */
  fixedOrganisationId?: string;
};

export function InviteForm({ action, labels, roles, organisations, fixedOrganisationId }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const errorsOf = (field: string) => state.fieldErrors?.[field] ?? [];
  const valueOf = (field: string) => String(state.values?.[field] ?? "");
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
          defaultValue={valueOf(name)}
          key={`${name}-${valueOf(name)}`}
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
      <DoneMessage state={state} />
      <ErrorSummary
        state={state}
        fieldIds={{ email: "invite-email", role: "invite-role", organisationId: "invite-organisationId" }}
      />
      <TextField
        id="invite-email"
        name="email"
        type="email"
        label={labels.email}
        autoComplete="off"
        required
        defaultValue={valueOf("email")}
        key={`email-${valueOf("email")}`}
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
