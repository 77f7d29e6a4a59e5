export type SessionFormState = {
  values: Record<string, string>;
  errors: Record<string, string[]>;
  formError?: string;
  version: number;
};
