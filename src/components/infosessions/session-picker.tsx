import type { SessionChoiceGroup } from "./session-choices";

/**
 * A native select of sessions, one option group per region, that starts on "choose a session":
 * nothing is picked for the reader (a move to the first option would be a move nobody chose).
 * Works without JavaScript; `required` lets the browser ask before the form is sent.
 */
export function SessionPicker({
  id,
  name,
  label,
  placeholder,
  groups,
}: {
  id: string;
  name: string;
  label: string;
  placeholder: string;
  groups: SessionChoiceGroup[];
}) {
  return (
    <>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={name}
        required
        defaultValue=""
        className="block w-full max-w-full rounded border border-slate-500 px-2 py-2"
      >
        <option value="" disabled>
          {placeholder}
        </option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </>
  );
}
