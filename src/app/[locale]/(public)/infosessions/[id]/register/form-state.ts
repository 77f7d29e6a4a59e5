import type { RegistrationFormValues } from "@/domain/infosessions/registration-form";

/** What the action hands back to the form: the values as typed, messages per field, and a version that remounts the form. */
export type RegistrationFormState = {
  values: RegistrationFormValues;
  errors: Record<string, string[]>;
  formError?: string;
  /** The input to focus after re-rendering (a newly added line). */
  focus?: string;
  version: number;
};
