import { validationKeys, type ValidationKey } from "@/domain/validation";

/** An error code from the query string, if it is one of the shared validation keys. */
export function validationKeysOrNull(value: string | undefined): ValidationKey | null {
  return (validationKeys as readonly string[]).includes(value ?? "") ? (value as ValidationKey) : null;
}
