"use client";

import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";
import type { FormState } from "./form-state";

/** The id a form gives the control for `name`, so that a summary entry can link to it. */
export const fieldIdOf = (name: string) => `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

type Props = {
  state: FormState;
  /** Ids of fields whose control has its own id (`fact-value`); others use `fieldIdOf(name)`. */
  fieldIds?: Record<string, string>;
  /** Shown inside the summary, e.g. the "record anyway" button after a duplicate warning. */
  children?: ReactNode;
};

/**
 * The one error summary of every staff form (the public registration form's pattern, GOV.UK's):
 * after a refused submit it takes focus, so it is seen and read first wherever the page was
 * scrolled; it lists each error as a link to its field, and the page title starts with "Fout: "
 * while it shows. Each field also shows its own message beside it (aria-describedby).
 */
export function ErrorSummary({ state, fieldIds = {}, children }: Props) {
  const summary = useRef<HTMLDivElement>(null);
  const refused = state.status === "error";

  useEffect(() => {
    if (!refused) return;
    summary.current?.focus();
    const title = document.title;
    document.title = `${state.titlePrefix ?? ""}${title}`;
    return () => {
      document.title = title;
    };
  }, [state, refused]);

  if (!refused) return null;
  const entries = Object.entries(state.fieldErrors ?? {});
  const idOf = (name: string) => fieldIds[name] ?? fieldIdOf(name);
  // With JavaScript, focus the control itself: a checkbox group or a field with its own id still gets it.
  const focusField = (name: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const form = summary.current?.closest("form");
    const byId = document.getElementById(idOf(name));
    const byName = form?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]:not([type="hidden"])`);
    const target = byId?.matches("input, select, textarea") ? byId : (byName ?? byId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "center" });
  };
  return (
    <div
      ref={summary}
      tabIndex={-1}
      role="alert"
      data-testid="error-summary"
      className="mb-4 rounded border-2 border-red-700 bg-red-50 p-4 text-red-950 focus:outline-4 focus:outline-offset-2 focus:outline-yellow-400"
    >
      <p className="m-0 font-semibold">{state.message}</p>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc pl-6">
          {entries.map(([name, messages]) => (
            <li key={name}>
              <a href={`#${idOf(name)}`} onClick={focusField(name)} className="text-red-900 underline">
                {messages.join(" ")}
              </a>
            </li>
          ))}
        </ul>
      )}
      {state.links && state.links.length > 0 && (
        <ul className="mt-2 list-disc pl-6">
          {state.links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}

/** A confirmation where the action was: it takes focus, so it is not announced off-screen. */
export function DoneMessage({ state }: { state: FormState }) {
  const notice = useRef<HTMLParagraphElement>(null);
  const done = state.status === "done" && Boolean(state.message);
  useEffect(() => {
    if (done) notice.current?.focus();
  }, [state, done]);
  if (!done) return null;
  return (
    <p
      ref={notice}
      tabIndex={-1}
      role="status"
      className="mb-4 rounded border-2 border-green-700 bg-green-50 p-3 text-green-900"
    >
      {state.message}
    </p>
  );
}
