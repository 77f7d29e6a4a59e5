import type { ReactNode } from "react";

type Props = {
  name: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  selected: string | undefined;
  error: string | undefined;
};

/** A radio group with its legend, hint and error, linked for screen readers; the first radio is the error summary's target. */
export function ChoiceGroup({ name, legend, hint, options, selected, error }: Props): ReactNode {
  const describedBy =
    [hint ? `${name}-hint` : undefined, error ? `${name}-error` : undefined].filter(Boolean).join(" ") ||
    undefined;
  return (
    <fieldset
      className={`mt-6 border-l-4 pl-4 ${error ? "border-red-700" : "border-transparent"}`}
      aria-describedby={describedBy}
    >
      <legend className="text-lg font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="mt-1 text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="mt-1 font-semibold text-red-700">
          {error}
        </p>
      ) : null}
      <div className="mt-2 flex flex-col gap-2">
        {options.map((option, index) => (
          <label key={option.value} className="flex items-start gap-3 py-1">
            <input
              type="radio"
              name={name}
              value={option.value}
              id={index === 0 ? name : undefined}
              defaultChecked={selected === option.value}
              className="mt-1.5 size-5 shrink-0"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
