"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/staff-forms/error-summary";
import { FieldError } from "@/components/staff-forms/form-errors";
import { idleState, type FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";

type Provider = { id: string; name: string };
type Labels = {
  providersTitle: string;
  providersOfRegion: string;
  otherProviders: string;
  noProviders: string;
  consentTitle: string;
  consent: string;
  overrideReason: string;
  overrideHint: string;
  intake: string;
  noIntake: string;
  send: string;
};

/** Step two of an NT2 referral: the provider, the consent (or an administrator's override), send. */
export function SendReferralForm(props: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string | string[]>;
  providersOfRegion: Provider[];
  otherProviders: Provider[];
  intakes: { id: string; label: string }[];
  /** The intake the referral was started from, chosen until the caseworker picks another. */
  intakeId?: string;
  canOverride: boolean;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  const { labels } = props;
  const chosen =
    typeof state.values?.targetOrganisationId === "string"
      ? state.values.targetOrganisationId
      : props.providersOfRegion.length === 1
        ? props.providersOfRegion[0]!.id
        : "";
  const radio = (provider: Provider) => (
    <li key={provider.id}>
      <label className="flex items-center gap-2">
        <input
          type="radio"
          name="targetOrganisationId"
          value={provider.id}
          defaultChecked={chosen === provider.id}
          aria-describedby="provider-error"
        />
        {provider.name}
      </label>
    </li>
  );
  return (
    <form action={formAction} noValidate className="mt-4">
      <ErrorSummary state={state} />
      {Object.entries(props.hidden).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [value]).map((item) => (
          <input key={`${name}-${item}`} type="hidden" name={name} value={item} />
        )),
      )}
      <fieldset>
        <legend className="text-xl font-semibold">{labels.providersTitle}</legend>
        <FieldError id="provider-error" messages={state.fieldErrors?.targetOrganisationId} />
        <h3 className="mt-2 text-base">{labels.providersOfRegion}</h3>
        {props.providersOfRegion.length === 0 ? (
          <p>{labels.noProviders}</p>
        ) : (
          <ul className="mt-1 space-y-1">{props.providersOfRegion.map(radio)}</ul>
        )}
        {props.otherProviders.length > 0 && (
          <details className="mt-2">
            <summary>{labels.otherProviders}</summary>
            <ul className="mt-1 space-y-1">{props.otherProviders.map(radio)}</ul>
          </details>
        )}
      </fieldset>
      {props.intakes.length > 0 && (
        <p className="mt-4">
          <label htmlFor="intakeId" className="block font-semibold">
            {labels.intake}
          </label>
          <select
            id="intakeId"
            name="intakeId"
            defaultValue={
              typeof state.values?.intakeId === "string" ? state.values.intakeId : (props.intakeId ?? "")
            }
            className="mt-1 rounded border border-slate-500 p-2"
          >
            <option value="">{labels.noIntake}</option>
            {props.intakes.map((intake) => (
              <option key={intake.id} value={intake.id}>
                {intake.label}
              </option>
            ))}
          </select>
        </p>
      )}
      <fieldset className="mt-6">
        <legend className="text-xl font-semibold">{labels.consentTitle}</legend>
        <label className="mt-2 flex items-start gap-2">
          <input
            type="checkbox"
            name="consentGiven"
            className="mt-1.5"
            defaultChecked={state.values?.consentGiven === "on"}
            aria-describedby="consent-error"
          />
          <span>{labels.consent}</span>
        </label>
        <FieldError id="consent-error" messages={state.fieldErrors?.consentGiven} />
        {props.canOverride && (
          <p className="mt-3">
            <label htmlFor="consentOverrideReason" className="block font-semibold">
              {labels.overrideReason}
            </label>
            <textarea
              id="consentOverrideReason"
              name="consentOverrideReason"
              rows={2}
              maxLength={500}
              aria-describedby="override-hint"
              defaultValue={
                typeof state.values?.consentOverrideReason === "string"
                  ? state.values.consentOverrideReason
                  : ""
              }
              className="mt-1 w-full rounded border border-slate-500 p-2"
            />
            <span id="override-hint" className="block text-sm text-slate-700">
              {labels.overrideHint}
            </span>
            <FieldError id="override-error" messages={state.fieldErrors?.consentOverrideReason} />
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending} className="mt-6">
        {labels.send}
      </Button>
    </form>
  );
}
