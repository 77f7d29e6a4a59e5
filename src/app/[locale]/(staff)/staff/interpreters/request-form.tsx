"use client";

import { useActionState } from "react";
import { DoneMessage, ErrorSummary } from "@/components/staff-forms/error-summary";
import { FieldError } from "@/components/staff-forms/form-errors";
import { idleState, type FormState } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";

type Labels = Record<
  | "language"
  | "languageHint"
  | "startsAt"
  | "duration"
  | "mode"
  | "purpose"
  | "purposeHint"
  | "location"
  | "locationHint"
  | "submit",
  string
>;

export function InterpreterRequestForm(props: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  modes: { value: string; label: string }[];
  languages: { value: string; label: string }[];
  labels: Labels;
  /** Opened from a person's page or follow-up: the request is linked to that person's case. */
  forPerson?: { id: string; description: string };
  startsAt?: string;
}) {
  const [state, formAction, pending] = useActionState(props.action, idleState);
  const value = (name: string, fallback = "") =>
    typeof state.values?.[name] === "string" && state.status === "error"
      ? (state.values[name] as string)
      : fallback;
  const errors = state.fieldErrors ?? {};
  const { labels } = props;
  const input = "mt-1 w-full rounded border border-slate-500 p-2";
  return (
    <form
      action={formAction}
      noValidate
      className="mt-4 space-y-4"
      key={state.status === "done" ? state.message : "form"}
    >
      <DoneMessage state={state} />
      <ErrorSummary state={state} />
      {props.forPerson && (
        <p>
          <input type="hidden" name="personId" value={props.forPerson.id} />
          {props.forPerson.description}
        </p>
      )}
      <p>
        <label htmlFor="language" className="block font-semibold">
          {labels.language}
        </label>
        <input
          type="text"
          id="language"
          name="language"
          list="interpreter-languages"
          required
          defaultValue={value("language", "uk")}
          aria-describedby="language-hint language-error"
          aria-invalid={Boolean(errors.language)}
          className={input}
        />
        <datalist id="interpreter-languages">
          {props.languages.map((language) => (
            <option key={language.value} value={language.value}>
              {language.label}
            </option>
          ))}
        </datalist>
        <span id="language-hint" className="block text-sm text-slate-700">
          {labels.languageHint}
        </span>
        <FieldError id="language-error" messages={errors.language} />
      </p>
      <p>
        <label htmlFor="startsAt" className="block font-semibold">
          {labels.startsAt}
        </label>
        <input
          id="startsAt"
          name="startsAt"
          type="datetime-local"
          required
          defaultValue={value("startsAt", props.startsAt)}
          aria-describedby="startsAt-error"
          aria-invalid={Boolean(errors.startsAt)}
          className={input}
        />
        <FieldError id="startsAt-error" messages={errors.startsAt} />
      </p>
      <p>
        <label htmlFor="durationMinutes" className="block font-semibold">
          {labels.duration}
        </label>
        <input
          id="durationMinutes"
          name="durationMinutes"
          type="number"
          inputMode="numeric"
          min={15}
          max={480}
          step={15}
          required
          defaultValue={value("durationMinutes", "60")}
          aria-describedby="duration-error"
          aria-invalid={Boolean(errors.durationMinutes)}
          className={input}
        />
        <FieldError id="duration-error" messages={errors.durationMinutes} />
      </p>
      <fieldset>
        <legend className="font-semibold">{labels.mode}</legend>
        <ul className="mt-1 flex flex-wrap gap-x-6">
          {props.modes.map((mode) => (
            <li key={mode.value}>
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="mode"
                  value={mode.value}
                  defaultChecked={value("mode", "ON_SITE") === mode.value}
                />
                {mode.label}
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="mode-error" messages={errors.mode} />
      </fieldset>
      <p>
        <label htmlFor="location" className="block font-semibold">
          {labels.location}
        </label>
        <input
          id="location"
          name="location"
          type="text"
          maxLength={200}
          autoComplete="off"
          defaultValue={value("location")}
          aria-describedby="location-hint location-error"
          aria-invalid={Boolean(errors.location)}
          className={input}
        />
        <span id="location-hint" className="block text-sm text-slate-700">
          {labels.locationHint}
        </span>
        <FieldError id="location-error" messages={errors.location} />
      </p>
      <p>
        <label htmlFor="purpose" className="block font-semibold">
          {labels.purpose}
        </label>
        <textarea
          id="purpose"
          name="purpose"
          rows={3}
          maxLength={500}
          required
          defaultValue={value("purpose")}
          aria-describedby="purpose-hint purpose-error"
          aria-invalid={Boolean(errors.purpose)}
          className={input}
        />
        <span id="purpose-hint" className="block text-sm text-slate-700">
          {labels.purposeHint}
        </span>
        <FieldError id="purpose-error" messages={errors.purpose} />
      </p>
      <Button type="submit" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
