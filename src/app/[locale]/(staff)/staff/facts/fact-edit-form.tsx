"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/staff-forms/error-summary";
import type { FormState, FormValues } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { FactFormValues } from "./actions";

export type FactFormLabels = {
  value: string;
  valueHint: string;
  sourceTitle: Record<string, string>;
  sourceUrl: string;
  sourcePublishedOn: string;
  confidence: string;
  confidenceOptions: Record<string, string>;
  publish: string;
};

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  initial: FactFormValues;
  labels: FactFormLabels;
};

/** The fact as the form's fields name it (`title-nl`), for the first render. */
const asFormValues = (fact: FactFormValues): FormValues => ({
  value: fact.value,
  url: fact.url,
  publishedOn: fact.publishedOn,
  confidence: fact.confidence,
  ...Object.fromEntries(Object.entries(fact.titles).map(([locale, title]) => [`title-${locale}`, title])),
});

/** The editor's form for one fact: the value as JSON, the source with a title per locale, the confidence. */
export function FactEditForm({ action, initial, labels }: Props) {
  const [state, formAction] = useActionState(action, { status: "idle", values: asFormValues(initial) });
  const values = state.values ?? {};
  const text = (name: string) => String(values[name] ?? "");
  const valueErrors = state.fieldErrors?.value ?? [];
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} fieldIds={{ value: "fact-value", url: "fact-url" }} />
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
          defaultValue={text("value")}
          key={`value-${text("value")}`}
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
          key={`title-${locale}-${text(`title-${locale}`)}`}
          id={`fact-title-${locale}`}
          name={`title-${locale}`}
          label={label}
          defaultValue={text(`title-${locale}`)}
          lang={locale}
        />
      ))}
      <TextField
        key={`url-${text("url")}`}
        id="fact-url"
        name="url"
        type="url"
        label={labels.sourceUrl}
        defaultValue={text("url")}
        errors={state.fieldErrors?.url ?? []}
      />
      <TextField
        type="text"
        key={`published-${text("publishedOn")}`}
        id="fact-published"
        name="publishedOn"
        label={labels.sourcePublishedOn}
        defaultValue={text("publishedOn")}
        inputMode="numeric"
      />
      <div className="mt-4 flex flex-col gap-1">
        <label htmlFor="fact-confidence" className="font-semibold">
          {labels.confidence}
        </label>
        <select
          id="fact-confidence"
          name="confidence"
          defaultValue={text("confidence")}
          key={`confidence-${text("confidence")}`}
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
