"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/staff-forms/error-summary";
import { FieldError } from "@/components/staff-forms/form-errors";
import { idleState, type FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";

/** Sends a suggested referral: choosing who receives it is what makes it a real referral. */
export function SendSuggestedForm(props: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  referralId: string;
  version: number;
  organisations: { id: string; name: string }[];
  labels: {
    title: string;
    organisation: string;
    hint: string;
    choose: string;
    send: string;
  };
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  const chosen = state.values?.targetOrganisationId;
  const errors = state.fieldErrors?.targetOrganisationId;
  return (
    <form action={formAction} className="mt-4 rounded border border-slate-300 p-4">
      <h2 className="mt-0 text-xl">{props.labels.title}</h2>
      <ErrorSummary state={state} fieldIds={{ targetOrganisationId: "targetOrganisationId" }} />
      <input type="hidden" name="referralId" value={props.referralId} />
      <input type="hidden" name="version" value={props.version} />
      <label htmlFor="targetOrganisationId" className="block font-semibold">
        {props.labels.organisation}
      </label>
      <span id="targetOrganisationId-hint" className="block text-sm text-slate-700">
        {props.labels.hint}
      </span>
      <FieldError id="targetOrganisationId-error" messages={errors} />
      <select
        id="targetOrganisationId"
        name="targetOrganisationId"
        defaultValue={typeof chosen === "string" ? chosen : ""}
        aria-invalid={errors ? true : undefined}
        aria-describedby={`targetOrganisationId-hint${errors ? " targetOrganisationId-error" : ""}`}
        className="mt-1 w-full max-w-md rounded border border-slate-500 p-2"
      >
        <option value="">{props.labels.choose}</option>
        {props.organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
      <div className="mt-3">
        <Button type="submit" disabled={pending}>
          {props.labels.send}
        </Button>
      </div>
    </form>
  );
}
