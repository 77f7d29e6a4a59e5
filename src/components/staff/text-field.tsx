import type { InputHTMLAttributes } from "react";

type Props = {
  name: string;
  label: string;
  errors?: readonly string[];
  hint?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled input with its hint and errors tied to it (aria-describedby), usable in server and client components. */
export function TextField({
  name,
  label,
  errors = [],
  hint,
  id = `field-${name}`,
  className,
  ...input
}: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <div className={`mt-4 flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      )}
      <input
        type="text"
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`rounded border-2 px-3 py-2 ${errorId ? "border-red-800" : "border-slate-600"}`}
        {...input}
      />
    </div>
  );
}
