import type { FormState } from "./form-state";

/** The error summary at the top of a refused form, announced to screen readers. */
export function FormErrorSummary({ state, summary }: { state: FormState; summary: string }) {
  if (state.status !== "error") return null;
  const fieldMessages = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <div role="alert" className="mb-4 rounded border-2 border-red-700 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{state.message ?? summary}</p>
      {fieldMessages.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {[...new Set(fieldMessages)].map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-semibold text-red-800">
      {messages.join(" ")}
    </p>
  );
}

export function DoneMessage({ state }: { state: FormState }) {
  if (state.status !== "done" || !state.message) return null;
  return (
    <p role="status" className="mb-4 rounded border-2 border-green-700 bg-green-50 p-3 text-green-900">
      {state.message}
    </p>
  );
}
