import type { Locale } from "../locale";
import { maxAttendees } from "./registration-input";

/**
 * The public form's values as typed (strings), so a form with errors comes back exactly as it was
 * sent, and how they become the shared `registrationInput`.
 */
export type AttendeeLine = { firstName: string; birthYear: string };
export type RegistrationFormValues = {
  idempotencyKey: string;
  registrantType: string;
  name: string;
  email: string;
  phone: string;
  locale: string;
  municipalityNis: string;
  followUpSessionId: string;
  consent: boolean;
  attendees: AttendeeLine[];
};

export const emptyFormValues = (
  locale: Locale,
  idempotencyKey: string,
  lines = 1,
): RegistrationFormValues => ({
  idempotencyKey,
  registrantType: "SELF",
  name: "",
  email: "",
  phone: "",
  locale,
  municipalityNis: "",
  followUpSessionId: "",
  consent: false,
  attendees: Array.from({ length: lines }, () => ({ firstName: "", birthYear: "" })),
});

type FormDataLike = { get(name: string): unknown; getAll(name: string): unknown[] };

const text = (data: FormDataLike, name: string, max = 500) => {
  const value = data.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
};

export function formValuesOf(data: FormDataLike): RegistrationFormValues {
  const firstNames = data
    .getAll("attendeeFirstName")
    .map((value) => (typeof value === "string" ? value.slice(0, 200) : ""));
  const birthYears = data
    .getAll("attendeeBirthYear")
    .map((value) => (typeof value === "string" ? value.slice(0, 10) : ""));
  const count = Math.min(maxAttendees + 1, Math.max(firstNames.length, birthYears.length, 1));
  return {
    idempotencyKey: text(data, "idempotencyKey", 100),
    registrantType: text(data, "registrantType", 20),
    name: text(data, "contact.name"),
    email: text(data, "contact.email"),
    phone: text(data, "contact.phone"),
    locale: text(data, "locale", 5),
    municipalityNis: text(data, "municipalityNis", 5),
    followUpSessionId: text(data, "followUpSessionId", 40),
    consent: data.get("consent") === "yes",
    attendees: Array.from({ length: count }, (_, index) => ({
      firstName: firstNames[index] ?? "",
      birthYear: birthYears[index] ?? "",
    })),
  };
}

/** Lines left completely empty (an extra line added and not used) are dropped, unless all are empty. */
export function withoutEmptyLines(values: RegistrationFormValues): RegistrationFormValues {
  const filled = values.attendees.filter(
    (line) => line.firstName.trim() !== "" || line.birthYear.trim() !== "",
  );
  return { ...values, attendees: filled.length > 0 ? filled : values.attendees.slice(0, 1) };
}

const optional = (value: string) => (value.trim() === "" ? undefined : value);

/** The shape `registrationInput` parses; empty optional fields are left out, a non-number year fails as "invalid". */
export function inputOf(values: RegistrationFormValues, sessionId: string): Record<string, unknown> {
  return {
    sessionId,
    followUpSessionId: optional(values.followUpSessionId),
    registrantType: values.registrantType,
    contact: { name: values.name, email: optional(values.email), phone: optional(values.phone) },
    locale: values.locale,
    municipalityNis: optional(values.municipalityNis),
    attendees: values.attendees.map((line) => ({
      firstName: line.firstName,
      birthYear:
        line.birthYear.trim() === ""
          ? undefined
          : /^\d{1,4}$/.test(line.birthYear.trim())
            ? Number(line.birthYear.trim())
            : -1,
    })),
    consent: values.consent,
    idempotencyKey: optional(values.idempotencyKey),
  };
}
