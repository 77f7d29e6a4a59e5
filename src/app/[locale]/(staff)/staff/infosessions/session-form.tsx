"use client";

import { useActionState } from "react";
import { saveSessionAction } from "./actions";
import { ErrorSummary } from "@/components/staff-forms/error-summary";
import type { FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";

type Option = { value: string; label: string };
export type SessionFormLabels = {
  series: string;
  language: string;
  region: string;
  startsAt: string;
  duration: string;
  capacity: string;
  meetingUrl: string;
  meetingHint: string;
  submit: string;
  seriesOptions: Option[];
  languageOptions: Option[];
  regionOptions: Option[];
};

const input = "mt-1 block w-full rounded border border-slate-500 px-2 py-2";

/** The administrators' create/edit form; works without JavaScript and keeps what was typed. */
export function SessionForm({
  pageLocale,
  id,
  version,
  initialState,
  labels,
}: {
  pageLocale: string;
  id?: string;
  version?: number;
  initialState: FormState;
  labels: SessionFormLabels;
}) {
  const [state, action] = useActionState(saveSessionAction.bind(null, pageLocale), initialState);
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const field = (name: string, label: string, control: React.ReactNode, hint?: string) => (
    <div>
      <label htmlFor={`session-${name}`}>{label}</label>
      {hint ? <p className="text-sm text-slate-700">{hint}</p> : null}
      {control}
      {errors[name] ? (
        <p id={`session-${name}-error`} className="mt-1 font-semibold text-red-800">
          {errors[name]!.join(" ")}
        </p>
      ) : null}
    </div>
  );
  const common = (name: string) => ({
    id: `session-${name}`,
    name,
    defaultValue: String(values[name] ?? ""),
    "aria-invalid": Boolean(errors[name]),
    "aria-describedby": errors[name] ? `session-${name}-error` : undefined,
    className: input,
  });
  const select = (name: string, options: Option[]) => (
    <select {...common(name)}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
  return (
    <form action={action} className="mt-4 grid gap-4" noValidate>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <ErrorSummary
        state={state}
        fieldIds={Object.fromEntries(Object.keys(errors).map((name) => [name, `session-${name}`]))}
      />
      {field("series", labels.series, select("series", labels.seriesOptions))}
      {field("language", labels.language, select("language", labels.languageOptions))}
      {field("region", labels.region, select("region", labels.regionOptions))}
      {field("startsAtLocal", labels.startsAt, <input type="datetime-local" {...common("startsAtLocal")} />)}
      {field(
        "durationMinutes",
        labels.duration,
        <input type="number" min={15} max={480} {...common("durationMinutes")} />,
      )}
      {field("capacity", labels.capacity, <input type="number" min={1} max={1000} {...common("capacity")} />)}
      {field(
        "meetingUrl",
        labels.meetingUrl,
        <input type="url" {...common("meetingUrl")} />,
        labels.meetingHint,
      )}
      <Button type="submit" className="justify-self-start">
        {labels.submit}
      </Button>
    </form>
  );
}
