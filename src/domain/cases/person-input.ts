import { z } from "zod";
import {
  checkbox,
  notInFuture,
  optionalDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
} from "./form-fields";

export const housingSituations = ["HOST_FAMILY", "COLLECTIVE_SHELTER", "OWN_RENTAL", "OTHER"] as const;
export const householdRelations = ["HEAD", "PARTNER", "CHILD", "PARENT", "SIBLING", "OTHER"] as const;

/** Languages a person speaks, as ISO 639-1 codes; the form offers these. */
export const personLanguages = ["uk", "ru", "en", "nl", "fr", "de", "pl", "other"] as const;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.enum(values, "invalid").optional(),
  );

const cyrillicOrEmpty = optionalText(100).refine(
  (value) => value === undefined || !/[a-z]/i.test(value),
  "invalid",
);

/** What a caseworker or municipality officer records about a person. Reused by create and edit. */
export const personInput = z
  .object({
    firstName: requiredText(100),
    lastName: requiredText(100),
    firstNameCyrillic: cyrillicOrEmpty,
    lastNameCyrillic: cyrillicOrEmpty,
    birthDate: optionalDate.refine((value) => notInFuture(value), "dateInFuture"),
    nationality: z.preprocess(
      (value) => (typeof value === "string" ? value.trim().toUpperCase() || undefined : value),
      z
        .string()
        .regex(/^[A-Z]{3}$/, "invalid")
        .optional(),
    ),
    languages: z.array(z.enum(personLanguages, "invalid")).max(personLanguages.length, "tooMany").default([]),
    email: optionalEmail,
    phone: optionalPhone,
    municipalityNis: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z
        .string()
        .regex(/^\d{5}$/, "invalid")
        .optional(),
    ),
    arrivalDate: optionalDate.refine((value) => notInFuture(value), "dateInFuture"),
    tpCertificateDate: optionalDate.refine((value) => notInFuture(value), "dateInFuture"),
    inNationalRegister: checkbox,
    nationalRegisterDate: optionalDate.refine((value) => notInFuture(value), "dateInFuture"),
    housing: optionalEnum(housingSituations),
  })
  .superRefine((person, context) => {
    if (person.nationalRegisterDate && !person.inNationalRegister) {
      context.addIssue({ code: "custom", path: ["inNationalRegister"], message: "required" });
    }
  });

export type PersonInput = z.infer<typeof personInput>;

/** The editable fields, by name, for audit details (names only, never values). */
export const personFieldNames = [
  "firstName",
  "lastName",
  "firstNameCyrillic",
  "lastNameCyrillic",
  "birthDate",
  "nationality",
  "languages",
  "email",
  "phone",
  "municipalityNis",
  "arrivalDate",
  "tpCertificateDate",
  "inNationalRegister",
  "nationalRegisterDate",
  "housing",
] as const satisfies readonly (keyof PersonInput)[];

export const personSearchInput = z.object({
  query: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : ""),
    z.string().max(100, "tooLong"),
  ),
});
