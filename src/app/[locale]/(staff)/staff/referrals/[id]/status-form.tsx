"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/staff-forms/error-summary";
import { idleState, type FormState } from "@/components/staff-forms/form-state";
import { Button, buttonClass } from "@/components/ui/button";

/**
 * The next steps for a referral: a move forward is one click (the first one primary); a move that
 * ends it unfinished (decline, drop-out, withdrawal) is a secondary link to its confirmation screen.
 */
export function StatusForm(props: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  referralId: string;
  version: number;
  moves: { to: string; label: string }[];
  endings: { href: string; label: string }[];
  labels: { title: string };
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  return (
    <form action={formAction} className="mt-4 rounded border border-slate-300 p-4">
      <h2 className="mt-0 text-xl">{props.labels.title}</h2>
      <ErrorSummary state={state} />
      <input type="hidden" name="referralId" value={props.referralId} />
      <input type="hidden" name="version" value={props.version} />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {props.moves.map((move, index) => (
          <Button
            key={move.to}
            type="submit"
            name="to"
            value={move.to}
            variant={index === 0 ? "primary" : "secondary"}
            disabled={pending}
          >
            {move.label}
          </Button>
        ))}
        {props.endings.map((ending) => (
          <a
            key={ending.href}
            href={ending.href}
            className={buttonClass("secondary", "normal", "inline-block no-underline")}
          >
            {ending.label}
          </a>
        ))}
      </div>
    </form>
  );
}
