"use client";

import { useActionState } from "react";
import { DoneMessage, FormErrorSummary } from "@/components/staff-forms/form-errors";
import { idleState, type FormState } from "@/components/staff-forms/form-state";

/** AgII's actions on one interpreter request (assign, confirm, decline), or the requester's withdrawal. */
export function HandleRequestForm(props: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  requestId: string;
  canHandle: boolean;
  canConfirm: boolean;
  canCancel: boolean;
  labels: Record<
    "assign" | "interpreterName" | "confirm" | "decline" | "declineReason" | "cancel" | "summary",
    string
  >;
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  const { labels, requestId } = props;
  const id = (name: string) => `${name}-${requestId}`;
  return (
    <form action={formAction} className="space-y-2">
      <DoneMessage state={state} />
      <FormErrorSummary state={state} summary={labels.summary} />
      <input type="hidden" name="requestId" value={requestId} />
      {props.canHandle && (
        <>
          <p>
            <label htmlFor={id("name")} className="block text-sm font-semibold">
              {labels.interpreterName}
            </label>
            <input
              type="text"
              id={id("name")}
              name="interpreterName"
              maxLength={120}
              className="w-full rounded border border-slate-500 p-1"
            />
          </p>
          <p>
            <label htmlFor={id("reason")} className="block text-sm font-semibold">
              {labels.declineReason}
            </label>
            <input
              type="text"
              id={id("reason")}
              name="reason"
              maxLength={500}
              className="w-full rounded border border-slate-500 p-1"
            />
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              name="action"
              value="assign"
              disabled={pending}
              className="rounded bg-brand-700 px-3 py-1 text-white"
            >
              {labels.assign}
            </button>
            {props.canConfirm && (
              <button
                type="submit"
                name="action"
                value="confirm"
                disabled={pending}
                className="rounded bg-brand-700 px-3 py-1 text-white"
              >
                {labels.confirm}
              </button>
            )}
            <button
              type="submit"
              name="action"
              value="decline"
              disabled={pending}
              className="rounded border-2 border-red-800 px-3 py-1 text-red-900"
            >
              {labels.decline}
            </button>
          </div>
        </>
      )}
      {props.canCancel && (
        <button
          type="submit"
          name="action"
          value="cancel"
          disabled={pending}
          className="rounded border-2 border-slate-700 px-3 py-1"
        >
          {labels.cancel}
        </button>
      )}
    </form>
  );
}
