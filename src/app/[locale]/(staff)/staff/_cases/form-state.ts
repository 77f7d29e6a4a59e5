/** What a staff form's server action hands back: the typed values, translated errors per field, a notice. */
export type FormValues = Record<string, string | string[]>;

export type FormState = {
  values: FormValues;
  errors: Record<string, string[]>;
  /** A message for the whole form (a stale edit, a conflict), shown above the fields. */
  message?: string;
  status?: "error" | "ok";
  /** Links shown with the message, e.g. likely duplicates of a person about to be created. */
  links?: { href: string; label: string }[];
  /** Offer a second submit button (e.g. "record anyway" after duplicates were shown). */
  offerOverride?: boolean;
};

export const emptyFormState: FormState = { values: {}, errors: {} };

/** Every entry of a posted form as text or list of texts, for echoing back into the form. */
export function valuesOf(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 || key === "languages" || key === "topics" ? all : (all[0] ?? "");
  }
  return values;
}
