"use client";

import { useActionState } from "react";
import { Notice } from "@/components/staff/notice";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { FactFormState } from "./actions";

export type FactFormLabels = {
  value: string;
  valueHint: string;
  sourceTitle: Record<string, string>;
  sourceUrl: string;
  sourcePublishedOn: string;
  confidence: string;
  confidenceOptions: Record<string, string>;
  publish: string;
  errors: Record<"invalidJson" | "invalidValue" | "invalidSource" | "stale", string>;
};

type Props = {
  action: (state: FactFormState, form: FormData) => Promise<FactFormState>;
  initial: FactFormState["values"];
  labels: FactFormLabels;
};

/** The editor's form for one fact: the value as JSON, the source with a title per locale, the confidence. */
export function FactEditForm({ action, initial, labels }: Props) {
  const [state, formAction] = useActionState(action, { values: initial });
  const { values } = state;
  const valueErrors =
    state.error === "invalidJson" || state.error === "invalidValue"
      ? [labels.errors[state.error], ...(state.issues ?? [])]
      : [];
  return (
    <form action={formAction} noValidate>
      {state.error && <Notice kind="error">{labels.errors[state.error]}</Notice>}
      <div className="mt-4 flex flex-col gap-1">
        <label htmlFor="fact-value" className="font-semibold">
          {labels.value}
        </label>
        <p id="fact-value-hint" className="text-sm text-slate-700">
          {labels.valueHint}
        </p>
        {valueErrors.length > 0 && (
          <ul id="fact-value-error" className="font-semibold text-red-800">
            {valueErrors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        )}
        <textarea
          id="fact-value"
          name="value"
          rows={12}
          defaultValue={values.value}
          key={`value-${values.value}`}
          spellCheck={false}
          aria-invalid={valueErrors.length > 0 ? true : undefined}
          aria-describedby={["fact-value-hint", valueErrors.length > 0 ? "fact-value-error" : ""]
            .filter(Boolean)
            .join(" ")}
          className="rounded border-2 border-slate-600 px-3 py-2 font-mono text-sm"
        />
      </div>
      {Object.entries(labels.sourceTitle).map(([locale, label]) => (
        <TextField
          type="text"
          key={`title-${locale}-${values.titles[locale]}`}
          id={`fact-title-${locale}`}
          name={`title-${locale}`}
          label={label}
          defaultValue={values.titles[locale] ?? ""}
          lang={locale}
        />
      ))}
      <TextField
        key={`url-${values.url}`}
        id="fact-url"
        name="url"
        type="url"
        label={labels.sourceUrl}
        defaultValue={values.url}
        errors={state.error === "invalidSource" ? [labels.errors.invalidSource] : []}
      />
      <TextField
        type="text"
        key={`published-${values.publishedOn}`}
        id="fact-published"
        name="publishedOn"
        label={labels.sourcePublishedOn}
        defaultValue={values.publishedOn}
        inputMode="numeric"
      />
      <div className="mt-4 flex flex-col gap-1">
        <label htmlFor="fact-confidence" className="font-semibold">
          {labels.confidence}
        </label>
        <select
          id="fact-confidence"
          name="confidence"
          defaultValue={values.confidence}
          key={`confidence-${values.confidence}`}
          className="rounded border-2 border-slate-600 px-3 py-2"
        >
          {Object.entries(labels.confidenceOptions).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" className="mt-4">
        {labels.publish}
      </Button>
    </form>
  );
}
