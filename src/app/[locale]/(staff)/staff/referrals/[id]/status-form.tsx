"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/staff-forms/error-summary";
import { FieldError } from "@/components/staff-forms/form-errors";
import { idleState, type FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";

/** The provider's (or referrer's) next steps for a referral: one button per allowed move, one reason field. */
export function StatusForm(props: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  referralId: string;
  version: number;
  moves: { to: string; label: string }[];
  labels: { title: string; reason: string; reasonHint: string };
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  return (
    <form action={formAction} className="mt-4 rounded border border-slate-300 p-4">
      <h2 className="mt-0 text-xl">{props.labels.title}</h2>
      <ErrorSummary state={state} />
      <input type="hidden" name="referralId" value={props.referralId} />
      <input type="hidden" name="version" value={props.version} />
      <p>
        <label htmlFor="reason" className="block font-semibold">
          {props.labels.reason}
        </label>
        <textarea
          id="reason"
          name="reason"
          rows={2}
          maxLength={500}
          aria-describedby="reason-hint reason-error"
          defaultValue={typeof state.values?.reason === "string" ? state.values.reason : ""}
          className="mt-1 w-full rounded border border-slate-500 p-2"
        />
        <span id="reason-hint" className="block text-sm text-slate-700">
          {props.labels.reasonHint}
        </span>
        <FieldError id="reason-error" messages={state.fieldErrors?.reason} />
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        {props.moves.map((move) => (
          <Button key={move.to} type="submit" name="to" value={move.to} disabled={pending}>
            {move.label}
          </Button>
        ))}
      </div>
    </form>
  );
}
