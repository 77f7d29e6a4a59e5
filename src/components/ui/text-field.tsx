import type { InputHTMLAttributes } from "react";

type Props = {
  name: string;
  /** Always explicit, so the right keyboard and validation come up (house rule). */
  type: "text" | "email" | "tel" | "date" | "time" | "password" | "url" | "number" | "search";
  label: string;
  /** Said to screen readers after the label where several fields share one (a note per topic). */
  labelSuffix?: string;
  /** Shown under the label and read with the field. */
  hint?: string;
  /** Shown by the field and read with it; the field is marked invalid. */
  errors?: readonly string[];
  /** Spacing of the whole field; "mt-4" unless given. */
  className?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type" | "className">;

/**
 * The one text field: a label, an optional hint and the errors by the field, tied to the input with
 * aria-describedby. It keeps what was typed when the caller passes it back as `defaultValue`. Usable
 * in server and client components.
 */
export function TextField({
  name,
  type,
  label,
  labelSuffix,
  errors = [],
  hint,
  id = `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`,
  className = "mt-4",
  ...input
}: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`.trim()}>
      <label htmlFor={id} className="font-semibold">
        {label}
        {labelSuffix && <span className="sr-only"> ({labelSuffix})</span>}
      </label>
      {hint && (
        <p id={hintId} className="m-0 text-sm text-slate-700">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="m-0 font-semibold text-red-800">
          {errors.join(" ")}
        </p>
      )}
      <input
        type={type}
        id={id}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`w-full max-w-md rounded border-2 px-3 py-2 ${errorId ? "border-red-800" : "border-slate-600"}`}
        {...input}
      />
    </div>
  );
}
