/**
 * What a staff form's server action returns: translated messages (so the client form needs no
 * message bundle), per-field errors, and the values typed, so a refused form keeps them.
 */
export type FormState = {
  status: "idle" | "error" | "done";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string | string[]>;
};

export const idleState: FormState = { status: "idle" };

/** The form's values as typed, for re-display; repeated fields (checkbox groups) become lists. */
export function valuesOf(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}
