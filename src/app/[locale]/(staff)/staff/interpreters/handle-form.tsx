"use client";

import { useActionState } from "react";
import { DoneMessage, ErrorSummary } from "@/components/staff-forms/error-summary";
import { idleState, type FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** AgII's actions on one interpreter request (assign, confirm, decline), or the requester's withdrawal. */
export function HandleRequestForm(props: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  requestId: string;
  canHandle: boolean;
  canConfirm: boolean;
  canCancel: boolean;
  labels: Record<"assign" | "interpreterName" | "confirm" | "decline" | "declineReason" | "cancel", string>;
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  const { labels, requestId } = props;
  const id = (name: string) => `${name}-${requestId}`;
  return (
    <form action={formAction} className="space-y-2">
      <DoneMessage state={state} />
      <ErrorSummary state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      {props.canHandle && (
        <>
          <TextField
            type="text"
            id={id("name")}
            name="interpreterName"
            label={labels.interpreterName}
            maxLength={120}
            className=""
          />
          <TextField
            type="text"
            id={id("reason")}
            name="reason"
            label={labels.declineReason}
            maxLength={500}
            className=""
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="action" value="assign" disabled={pending} size="small">
              {labels.assign}
            </Button>
            {props.canConfirm && (
              <Button type="submit" name="action" value="confirm" disabled={pending} size="small">
                {labels.confirm}
              </Button>
            )}
            <Button
              type="submit"
              name="action"
              value="decline"
              disabled={pending}
              variant="secondary"
              size="small"
            >
              {labels.decline}
            </Button>
          </div>
        </>
      )}
      {props.canCancel && (
        <Button
          type="submit"
          name="action"
          value="cancel"
          disabled={pending}
          variant="secondary"
          size="small"
        >
          {labels.cancel}
        </Button>
      )}
    </form>
  );
}
