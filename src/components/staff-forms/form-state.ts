/** The values of a posted form as typed: repeated fields (checkbox groups) as lists. */
export type FormValues = Record<string, string | string[]>;

/**
 * What every staff form's server action returns (`runStaffAction`): translated messages (so the
 * client form needs no message bundle), per-field errors, and the values as typed, so a refused
 * form keeps them. The optional members serve one form each but stay in this one type.
 */
export type FormState = {
  status: "idle" | "error" | "done";
  /** The summary's heading after a refusal, or the confirmation after a success. */
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: FormValues;
  /** Put before the page title while the errors show ("Fout: "), so a screen reader hears it first. */
  titlePrefix?: string;
  /** Links shown in the summary, e.g. likely duplicates of a person about to be created. */
  links?: { href: string; label: string }[];
  /** Offer the override submit ("record anyway") in the summary, after duplicates were shown. */
  offerOverride?: boolean;
  /** Published answers that look like a question's title (the ask form). */
  similar?: { id: string; title: string }[];
};

export const idleState: FormState = { status: "idle" };

/** The form's values as typed, for re-display; repeated fields (checkbox groups) become lists. */
export function valuesOf(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}
