"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/staff-forms/error-summary";
import { FieldError } from "@/components/staff-forms/form-errors";
import { idleState, type FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";

/**
 * The confirmation of a move that ends a referral (decline, drop-out, withdrawal): what it does, the
 * reason (required for a decline and a drop-out), a warning-coloured confirm and a way back.
 */
export function ConfirmMoveForm(props: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  referralId: string;
  version: number;
  to: string;
  reasonRequired: boolean;
  backHref: string;
  labels: { reason: string; reasonHint: string; confirm: string; back: string };
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  return (
    <form action={formAction} className="mt-4">
      <ErrorSummary state={state} fieldIds={{ reason: "reason" }} />
      <input type="hidden" name="referralId" value={props.referralId} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="to" value={props.to} />
      <p>
        <label htmlFor="reason" className="block font-semibold">
          {props.labels.reason}
        </label>
        <span id="reason-hint" className="block text-sm text-slate-700">
          {props.labels.reasonHint}
        </span>
        <textarea
          id="reason"
          name="reason"
          rows={3}
          maxLength={500}
          aria-required={props.reasonRequired}
          aria-invalid={state.fieldErrors?.reason ? true : undefined}
          aria-describedby="reason-hint reason-error"
          defaultValue={typeof state.values?.reason === "string" ? state.values.reason : ""}
          className="mt-1 w-full rounded border border-slate-500 p-2"
        />
        <FieldError id="reason-error" messages={state.fieldErrors?.reason} />
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit" variant="danger" disabled={pending}>
          {props.labels.confirm}
        </Button>
        <a href={props.backHref}>{props.labels.back}</a>
      </div>
    </form>
  );
}
