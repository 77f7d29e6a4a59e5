"use client";

import { useActionState, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { submitRegistration } from "./actions";
import type { RegistrationFormState } from "./form-state";
import { summaryLine } from "./summary-line";
import { Button } from "@/components/ui/button";

export type RegistrationFormLabels = {
  errorSummary: string;
  whoLegend: string;
  registrantTypes: { value: string; label: string }[];
  contactLegend: string;
  contactHint: string;
  name: string;
  email: string;
  phone: string;
  phoneHint: string;
  localeLabel: string;
  locales: { value: string; label: string }[];
  municipality: string;
  municipalityNone: string;
  attendeesLegend: string;
  attendeesHint: string;
  person: string;
  firstName: string;
  birthYear: string;
  addPerson: string;
  removePerson: string;
  followUpLegend: string;
  followUpHint: string;
  followUpNone: string;
  consent: string;
  /** The consent sentence is too long to repeat in the error summary: a short name for it there. */
  consentSummary: string;
  privacyLink: string;
  submit: string;
  submitting: string;
};

type Props = {
  sessionId: string;
  pageLocale: string;
  initialState: RegistrationFormState;
  labels: RegistrationFormLabels;
  /** Grouped by province, Brussels apart: one <optgroup> each. */
  municipalities: { label: string; options: { nisCode: string; name: string }[] }[];
  followUps: { id: string; label: string }[];
  privacyHref: string;
  maxAttendees: number;
};

const input =
  "mt-1 block w-full rounded border border-slate-500 px-2 py-2 aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2";

/** Works as a plain HTML form before (or without) JavaScript; with it, it only saves a page load. */
export function RegistrationForm({
  sessionId,
  pageLocale,
  initialState,
  labels,
  municipalities,
  followUps,
  privacyHref,
  maxAttendees,
}: Props) {
  const [state, action] = useActionState(submitRegistration, initialState);
  const summary = useRef<HTMLDivElement>(null);
  const { values, errors } = state;
  const errorEntries = Object.entries(errors);

  useEffect(() => {
    if (state.version === initialState.version) return;
    if (errorEntries.length > 0 || state.formError) summary.current?.focus();
    else if (state.focus) document.getElementById(state.focus)?.focus();
  }, [state.version]); // eslint-disable-line react-hooks/exhaustive-deps -- only after each answer from the action

  const fieldId = (field: string) => `field-${field.replace(/\./g, "-")}`;
  const errorFor = (field: string) =>
    errors[field] ? (
      <p id={`${fieldId(field)}-error`} className="mt-1 font-semibold text-red-800">
        {errors[field]!.join(" ")}
      </p>
    ) : null;
  const describedBy = (field: string, hint?: string) =>
    [errors[field] ? `${fieldId(field)}-error` : "", hint ?? ""].filter(Boolean).join(" ") || undefined;
  const anchorFor = (field: string) => {
    const line = /^attendees\.(\d+)\.(firstName|birthYear)$/.exec(field);
    if (line) return `attendee-${line[1]}-${line[2]}`;
    return fieldId(
      field === "registrantType" ? "registrantType-SELF" : field === "attendees" ? "attendees" : field,
    );
  };
  const labelOf = (field: string) => {
    const line = /^attendees\.(\d+)\.(firstName|birthYear)$/.exec(field);
    if (line)
      return `${labels.person.replace("{number}", String(Number(line[1]) + 1))}: ${line[2] === "firstName" ? labels.firstName : labels.birthYear}`;
    const known: Record<string, string> = {
      "contact.name": labels.name,
      "contact.email": labels.email,
      "contact.phone": labels.phone,
      locale: labels.localeLabel,
      municipalityNis: labels.municipality,
      followUpSessionId: labels.followUpLegend,
      consent: labels.consentSummary,
      attendees: labels.attendeesLegend,
    };
    return known[field];
  };

  return (
    <form key={state.version} action={action} noValidate className="mt-6 grid gap-6">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="pageLocale" value={pageLocale} />
      <input type="hidden" name="idempotencyKey" value={values.idempotencyKey} />
      {/* Enter in a text field presses the first submit button: make that "register", not "remove person 1". */}
      <button
        type="submit"
        name="intent"
        value="register"
        tabIndex={-1}
        aria-hidden="true"
        className="absolute -left-[9999px] size-px overflow-hidden"
      />

      {errorEntries.length > 0 || state.formError ? (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          className="rounded border-2 border-red-700 bg-red-50 p-4"
          data-testid="error-summary"
        >
          <p className="font-semibold">{state.formError ?? labels.errorSummary}</p>
          {errorEntries.length > 0 ? (
            <ul className="mt-2 list-disc pl-6">
              {errorEntries.map(([field, messages]) => {
                const label = labelOf(field);
                return (
                  <li key={field}>
                    {label ? (
                      <a href={`#${anchorFor(field)}`}>{summaryLine(label, messages)}</a>
                    ) : (
                      messages.join(" ")
                    )}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </div>
      ) : null}

      <fieldset>
        <legend className="text-lg font-semibold">{labels.whoLegend}</legend>
        <div className="mt-2 grid gap-2">
          {labels.registrantTypes.map((type) => (
            <label key={type.value} className="flex items-center gap-2">
              <input
                type="radio"
                id={fieldId(`registrantType-${type.value}`)}
                name="registrantType"
                value={type.value}
                defaultChecked={values.registrantType === type.value}
                className="size-5"
              />
              {type.label}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend className="text-lg font-semibold">{labels.contactLegend}</legend>
        <p id="contact-hint" className="mt-1 text-slate-700">
          {labels.contactHint}
        </p>
        <div className="mt-3 grid gap-4">
          <div>
            <label htmlFor={fieldId("contact.name")}>{labels.name}</label>
            <input
              type="text"
              id={fieldId("contact.name")}
              name="contact.name"
              autoComplete="name"
              defaultValue={values.name}
              aria-invalid={Boolean(errors["contact.name"])}
              aria-describedby={describedBy("contact.name")}
              className={input}
            />
            {errorFor("contact.name")}
          </div>
          <div>
            <label htmlFor={fieldId("contact.email")}>{labels.email}</label>
            <input
              id={fieldId("contact.email")}
              name="contact.email"
              type="email"
              autoComplete="email"
              defaultValue={values.email}
              aria-invalid={Boolean(errors["contact.email"])}
              aria-describedby={describedBy("contact.email", "contact-hint")}
              className={input}
            />
            {errorFor("contact.email")}
          </div>
          <div>
            <label htmlFor={fieldId("contact.phone")}>{labels.phone}</label>
            <p id="phone-hint" className="text-sm text-slate-700">
              {labels.phoneHint}
            </p>
            <input
              id={fieldId("contact.phone")}
              name="contact.phone"
              type="tel"
              autoComplete="tel"
              defaultValue={values.phone}
              aria-invalid={Boolean(errors["contact.phone"])}
              aria-describedby={describedBy("contact.phone", "phone-hint")}
              className={input}
            />
            {errorFor("contact.phone")}
          </div>
          <div>
            <label htmlFor={fieldId("locale")}>{labels.localeLabel}</label>
            <select
              id={fieldId("locale")}
              name="locale"
              defaultValue={values.locale}
              aria-invalid={Boolean(errors.locale)}
              aria-describedby={describedBy("locale")}
              className={input}
            >
              {labels.locales.map((option) => (
                <option key={option.value} value={option.value} lang={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            {errorFor("locale")}
          </div>
          <div>
            <label htmlFor={fieldId("municipalityNis")}>{labels.municipality}</label>
            <select
              id={fieldId("municipalityNis")}
              name="municipalityNis"
              defaultValue={values.municipalityNis}
              aria-invalid={Boolean(errors.municipalityNis)}
              aria-describedby={describedBy("municipalityNis")}
              className={input}
            >
              <option value="">{labels.municipalityNone}</option>
              {municipalities.map((group) => (
                <optgroup key={group.label} label={group.label}>
                  {group.options.map((municipality) => (
                    <option key={municipality.nisCode} value={municipality.nisCode}>
                      {municipality.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {errorFor("municipalityNis")}
          </div>
        </div>
      </fieldset>

      <fieldset id={fieldId("attendees")} tabIndex={-1}>
        <legend className="text-lg font-semibold">{labels.attendeesLegend}</legend>
        <p className="mt-1 text-slate-700">{labels.attendeesHint}</p>
        {errorFor("attendees")}
        <ol className="mt-3 grid gap-4">
          {values.attendees.map((line, index) => {
            const person = labels.person.replace("{number}", String(index + 1));
            return (
              <li key={index} className="rounded border border-slate-300 p-3" data-testid="attendee-line">
                <fieldset>
                  <legend className="font-semibold">{person}</legend>
                  <div className="mt-2 grid gap-3 sm:grid-cols-2">
                    <div>
                      <label htmlFor={`attendee-${index}-firstName`}>{labels.firstName}</label>
                      <input
                        type="text"
                        id={`attendee-${index}-firstName`}
                        name="attendeeFirstName"
                        autoComplete="off"
                        defaultValue={line.firstName}
                        aria-invalid={Boolean(errors[`attendees.${index}.firstName`])}
                        aria-describedby={
                          errors[`attendees.${index}.firstName`]
                            ? `attendee-${index}-firstName-error`
                            : undefined
                        }
                        className={input}
                      />
                      {errors[`attendees.${index}.firstName`] ? (
                        <p
                          id={`attendee-${index}-firstName-error`}
                          className="mt-1 font-semibold text-red-800"
                        >
                          {errors[`attendees.${index}.firstName`]!.join(" ")}
                        </p>
                      ) : null}
                    </div>
                    <div>
                      <label htmlFor={`attendee-${index}-birthYear`}>{labels.birthYear}</label>
                      <input
                        type="text"
                        id={`attendee-${index}-birthYear`}
                        name="attendeeBirthYear"
                        inputMode="numeric"
                        autoComplete="off"
                        maxLength={4}
                        defaultValue={line.birthYear}
                        aria-invalid={Boolean(errors[`attendees.${index}.birthYear`])}
                        aria-describedby={
                          errors[`attendees.${index}.birthYear`]
                            ? `attendee-${index}-birthYear-error`
                            : undefined
                        }
                        className={input}
                      />
                      {errors[`attendees.${index}.birthYear`] ? (
                        <p
                          id={`attendee-${index}-birthYear-error`}
                          className="mt-1 font-semibold text-red-800"
                        >
                          {errors[`attendees.${index}.birthYear`]!.join(" ")}
                        </p>
                      ) : null}
                    </div>
                  </div>
                  {values.attendees.length > 1 ? (
                    <Button
                      type="submit"
                      name="intent"
                      value={`remove:${index}`}
                      formNoValidate
                      variant="link"
                      className="mt-2"
                    >
                      {labels.removePerson.replace("{number}", String(index + 1))}
                    </Button>
                  ) : null}
                </fieldset>
              </li>
            );
          })}
        </ol>
        {values.attendees.length < maxAttendees ? (
          <Button type="submit" name="intent" value="add" formNoValidate variant="secondary" className="mt-3">
            {labels.addPerson}
          </Button>
        ) : null}
      </fieldset>

      {followUps.length > 0 ? (
        <fieldset id={fieldId("followUpSessionId")} tabIndex={-1}>
          <legend className="text-lg font-semibold">{labels.followUpLegend}</legend>
          <p className="mt-1 text-slate-700">{labels.followUpHint}</p>
          {errorFor("followUpSessionId")}
          <div className="mt-2 grid gap-2">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="followUpSessionId"
                value=""
                defaultChecked={values.followUpSessionId === ""}
                className="size-5"
              />
              {labels.followUpNone}
            </label>
            {followUps.map((option) => (
              <label key={option.id} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="followUpSessionId"
                  value={option.id}
                  defaultChecked={values.followUpSessionId === option.id}
                  className="size-5"
                />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            id={fieldId("consent")}
            name="consent"
            value="yes"
            defaultChecked={values.consent}
            aria-invalid={Boolean(errors.consent)}
            aria-describedby={describedBy("consent")}
            className="mt-1 size-5 shrink-0"
          />
          <span>{labels.consent}</span>
        </label>
        <p className="mt-1 pl-7">
          <a href={privacyHref}>{labels.privacyLink}</a>
        </p>
        {errorFor("consent")}
      </div>

      <SubmitButton label={labels.submit} pending={labels.submitting} />
    </form>
  );
}

function SubmitButton({ label, pending }: { label: string; pending: string }) {
  const status = useFormStatus();
  // Disabled while sending, so a double click sends once (the idempotency key covers the rest).
  return (
    <Button
      type="submit"
      name="intent"
      value="register"
      disabled={status.pending}
      className="justify-self-start"
    >
      {status.pending ? pending : label}
    </Button>
  );
}
