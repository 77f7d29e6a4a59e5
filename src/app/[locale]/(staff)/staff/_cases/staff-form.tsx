"use client";

import { useActionState } from "react";
import type { FieldSpec } from "./field-spec";
import { DoneMessage, ErrorSummary, fieldIdOf } from "@/components/staff-forms/error-summary";
import type { FormState, FormValues } from "@/components/staff-forms/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

type Props = {
  /** Lets buttons elsewhere on the page submit this form (`form="…"`), e.g. the intake's step links. */
  id?: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  initialValues?: FormValues;
  submitLabel: string;
  /** A second submit (name="intent", value="secondary"), e.g. "save draft". */
  secondaryLabel?: string;
  /** Shown in the error summary when the action offers an override ("record anyway"). */
  overrideLabel?: string;
};

/**
 * A staff form that works without JavaScript: the server action re-renders it with what was typed
 * and a message per field. With JavaScript, the same happens without a page load.
 */
export function StaffForm({
  id,
  action,
  fields,
  initialValues = {},
  submitLabel,
  secondaryLabel,
  overrideLabel,
}: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle", values: initialValues });
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form id={id} action={formAction} noValidate className="mt-4 space-y-4">
      <ErrorSummary state={state}>
        {state.offerOverride && overrideLabel && (
          // In the summary, beside the possible duplicates it answers; secondary, so that the fast
          // path (the primary button below) does not create the duplicate.
          <div className="mt-3">
            <Button type="submit" name="intent" value="override" disabled={pending} variant="secondary">
              {overrideLabel}
            </Button>
          </div>
        )}
      </ErrorSummary>
      <DoneMessage state={state} />
      {fields.map((field, index) => (
        <Field key={index} field={field} values={values} errors={errors} />
      ))}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="primary" disabled={pending}>
          {submitLabel}
        </Button>
        {secondaryLabel && (
          <Button type="submit" name="intent" value="secondary" disabled={pending} variant="secondary">
            {secondaryLabel}
          </Button>
        )}
      </div>
    </form>
  );
}

function Field({
  field,
  values,
  errors,
}: {
  field: FieldSpec;
  values: FormValues;
  errors: Record<string, string[]>;
}) {
  // The action may hand back a newer value (an intake's version after a draft save).
  if (field.kind === "hidden")
    return <input type="hidden" name={field.name} value={String(values[field.name] ?? field.value)} />;
  if (field.kind === "fieldset") {
    return (
      <fieldset className="rounded border border-slate-300 p-3">
        <legend className="px-1 font-semibold">{field.legend}</legend>
        <div className="space-y-4">
          {field.fields.map((inner, index) => (
            <Field key={index} field={inner} values={values} errors={errors} />
          ))}
        </div>
      </fieldset>
    );
  }
  if (field.kind === "topics") {
    const chosen = asList(values.topics);
    return (
      <fieldset className="space-y-3">
        <legend className="font-semibold">{field.legend}</legend>
        {field.options.map((option) => {
          const noteName = `note.${option.value}`;
          return (
            <div key={option.value} className="rounded border border-slate-200 p-2">
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="topics"
                  value={option.value}
                  defaultChecked={chosen.includes(option.value)}
                />
                {option.label}
              </label>
              <TextInput
                type="text"
                name={noteName}
                label={field.noteLabel}
                labelSuffix={option.label}
                values={values}
                errors={errors}
              />
            </div>
          );
        })}
      </fieldset>
    );
  }
  if (field.kind === "checkboxes") {
    const chosen = asList(values[field.name]);
    const id = fieldIdOf(field.name);
    return (
      <fieldset id={id} aria-describedby={errors[field.name] ? `${id}-error` : undefined}>
        <legend className="font-semibold">{field.legend}</legend>
        <ErrorText id={`${id}-error`} messages={errors[field.name]} />
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {field.options.map((option) => (
            <label key={option.value} className="flex items-center gap-2">
              <input
                type="checkbox"
                name={field.name}
                value={option.value}
                defaultChecked={chosen.includes(option.value)}
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  if (field.kind === "checkbox") {
    const id = fieldIdOf(field.name);
    const value = values[field.name];
    return (
      <div>
        <ErrorText id={`${id}-error`} messages={errors[field.name]} />
        <label className="flex items-start gap-2">
          <input
            id={id}
            type="checkbox"
            name={field.name}
            defaultChecked={value === "on" || value === "true"}
            aria-invalid={errors[field.name] ? true : undefined}
            aria-describedby={errors[field.name] ? `${id}-error` : undefined}
            className="mt-1"
          />
          <span>{field.label}</span>
        </label>
      </div>
    );
  }
  if (field.kind === "select") {
    const id = fieldIdOf(field.name);
    const current = values[field.name];
    return (
      <div>
        <label htmlFor={id} className="block font-semibold">
          {field.label}
        </label>
        {field.hint && (
          <p id={`${id}-hint`} className="m-0 text-sm">
            {field.hint}
          </p>
        )}
        <ErrorText id={`${id}-error`} messages={errors[field.name]} />
        <select
          // React applies a select's defaultValue only when it mounts, and the form reset after an
          // action returns to it: a new key per value keeps the choice shown after an error.
          key={asList(current).join(",")}
          id={id}
          name={field.name}
          // A multiple select (several municipalities) lists what was chosen; a plain one its one value.
          multiple={field.multiple}
          size={field.multiple ? 10 : undefined}
          defaultValue={field.multiple ? asList(current) : typeof current === "string" ? current : ""}
          required={field.required}
          aria-invalid={errors[field.name] ? true : undefined}
          aria-describedby={
            [field.hint ? `${id}-hint` : "", errors[field.name] ? `${id}-error` : ""]
              .filter(Boolean)
              .join(" ") || undefined
          }
          className="mt-1 w-full max-w-md rounded border border-slate-500 p-2"
        >
          {!field.multiple && <option value="">{field.placeholder ?? "—"}</option>}
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {field.groups?.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
    );
  }
  return (
    <TextInput
      type={field.kind}
      name={field.name}
      label={field.label}
      hint={field.hint}
      required={field.required}
      autoComplete={field.autoComplete}
      lang={field.lang}
      values={values}
      errors={errors}
    />
  );
}

function TextInput(props: {
  type: "text" | "email" | "tel" | "date" | "time";
  name: string;
  label: string;
  labelSuffix?: string;
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  lang?: string;
  values: FormValues;
  errors: Record<string, string[]>;
}) {
  const value = props.values[props.name];
  return (
    <TextField
      type={props.type}
      name={props.name}
      label={props.label}
      labelSuffix={props.labelSuffix}
      hint={props.hint}
      errors={props.errors[props.name]}
      defaultValue={typeof value === "string" ? value : ""}
      required={props.required}
      autoComplete={props.autoComplete ?? "off"}
      lang={props.lang}
      className=""
    />
  );
}

function ErrorText({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className="m-0 font-semibold text-red-800">
      {messages.join(" ")}
    </p>
  );
}

const asList = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value : value ? [value] : [];
