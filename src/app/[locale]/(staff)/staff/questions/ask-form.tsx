"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/staff-forms/error-summary";
import { FieldError } from "@/components/staff-forms/form-errors";
import type { FormState } from "@/components/staff-forms/form-state";
import { useSimilarWhileTyping, type SimilarAnswer } from "./use-similar-while-typing";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

type Option = { value: string; label: string };
type Labels = Record<
  | "situationsNotPersons"
  | "topic"
  | "questionTitle"
  | "questionTitleHint"
  | "body"
  | "bodyHint"
  | "municipality"
  | "submit"
  | "lookForSimilar"
  | "similarTitle"
  | "similarNone",
  string
>;

/** The question form. Works without JavaScript: both buttons post the form, and a refused form keeps what was typed. */
export function AskForm(props: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  similar: (title: string) => Promise<SimilarAnswer[]>;
  topicGroups: { label: string; topics: Option[] }[];
  municipalities: Option[];
  ownMunicipality: string;
  answersPath: string;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(props.action, { status: "idle" } as FormState);
  const value = (name: string, fallback = "") =>
    typeof state.values?.[name] === "string" ? (state.values[name] as string) : fallback;
  const errors = state.fieldErrors ?? {};
  const { labels } = props;
  const live = useSimilarWhileTyping(props.similar);
  // What was found while typing replaces what the button found (the newer of the two).
  const similar = live.found ?? state.similar;
  const input = "mt-1 w-full rounded border-2 border-slate-600 p-2";
  return (
    // Remounted with each answer from the server: React's reset after an action would otherwise put a
    // <select> back to its first default, losing the topic chosen.
    <form action={formAction} noValidate className="mt-4 space-y-4" key={JSON.stringify(state.values ?? {})}>
      <ErrorSummary state={state} />
      <p className="rounded border-l-4 border-brand-600 bg-brand-50 p-3 font-semibold">
        {labels.situationsNotPersons}
      </p>
      <p>
        <label htmlFor="topic" className="block font-semibold">
          {labels.topic}
        </label>
        <select
          id="topic"
          name="topic"
          required
          defaultValue={value("topic")}
          aria-describedby="topic-error"
          aria-invalid={Boolean(errors.topic)}
          className={input}
        >
          <option value="" />
          {props.topicGroups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.topics.map((topic) => (
                <option key={topic.value} value={topic.value}>
                  {topic.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldError id="topic-error" messages={errors.topic} />
      </p>
      <TextField
        id="title"
        type="text"
        name="title"
        label={labels.questionTitle}
        hint={labels.questionTitleHint}
        required
        maxLength={160}
        defaultValue={value("title")}
        errors={errors.title}
        onChange={(event) => live.onTitleChange(event.target.value)}
        className=""
      />
      <div>
        <Button
          type="submit"
          name="intent"
          value="similar"
          disabled={pending}
          variant="secondary"
          size="small"
        >
          {labels.lookForSimilar}
        </Button>
        {/* Always present, so screen readers announce answers found while typing. */}
        <section aria-live="polite" className="mt-2">
          {similar && (
            <>
              <h2 className="text-base">{labels.similarTitle}</h2>
              {similar.length === 0 ? (
                <p>{labels.similarNone}</p>
              ) : (
                <ul className="list-disc pl-5">
                  {similar.map((answer) => (
                    <li key={answer.id}>
                      <a href={`${props.answersPath}#answer-${answer.id}`}>{answer.title}</a>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </section>
      </div>
      <p>
        <label htmlFor="body" className="block font-semibold">
          {labels.body}
        </label>
        <span id="body-hint" className="block text-sm text-slate-700">
          {labels.bodyHint}
        </span>
        <textarea
          id="body"
          name="body"
          rows={8}
          required
          maxLength={4000}
          defaultValue={value("body")}
          aria-describedby="body-hint body-error"
          aria-invalid={Boolean(errors.body)}
          className={input}
        />
        <FieldError id="body-error" messages={errors.body} />
      </p>
      <p>
        <label htmlFor="municipalityNis" className="block font-semibold">
          {labels.municipality}
        </label>
        <select
          id="municipalityNis"
          name="municipalityNis"
          defaultValue={value("municipalityNis", props.ownMunicipality)}
          aria-describedby="municipality-error"
          aria-invalid={Boolean(errors.municipalityNis)}
          className={input}
        >
          {!props.ownMunicipality && <option value="" />}
          {props.municipalities.map((municipality) => (
            <option key={municipality.value} value={municipality.value}>
              {municipality.label}
            </option>
          ))}
        </select>
        <FieldError id="municipality-error" messages={errors.municipalityNis} />
      </p>
      <Button type="submit" name="intent" value="send" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
