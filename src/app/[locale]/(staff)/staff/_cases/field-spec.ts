/** A serialisable description of a form field, rendered by the client-side StaffForm. */
export type Option = { value: string; label: string };

export type FieldSpec =
  | {
      kind: "text" | "email" | "tel" | "date" | "time";
      name: string;
      label: string;
      hint?: string;
      required?: boolean;
      autoComplete?: string;
      lang?: string;
    }
  | {
      kind: "select";
      name: string;
      label: string;
      options: Option[];
      groups?: { label: string; options: Option[] }[];
      placeholder?: string;
      required?: boolean;
      hint?: string;
      multiple?: boolean;
    }
  | { kind: "checkbox"; name: string; label: string }
  | { kind: "checkboxes"; name: string; legend: string; options: Option[] }
  | { kind: "topics"; legend: string; options: Option[]; noteLabel: string }
  | { kind: "hidden"; name: string; value: string }
  | { kind: "fieldset"; legend: string; fields: FieldSpec[] };
