import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locale";
import { housingSituations, personLanguages } from "@/domain/cases/person-input";
import { listMunicipalityGroups } from "@/server/municipalities/municipality-groups";
import type { FieldSpec } from "./field-spec";

/** The person form's fields, labelled in the reader's language. */
export async function personFormFields(
  locale: Locale,
  options: { municipalityLocked?: boolean } = {},
): Promise<FieldSpec[]> {
  const t = await getTranslations({ locale, namespace: "cases.person" });
  const places = await getTranslations({ locale, namespace: "common.places" });
  const municipalityGroups = (await listMunicipalityGroups()).map((group) => ({
    label: group.province ?? places("brusselsRegion"),
    options: group.municipalities.map((m) => ({ value: m.nisCode, label: m.name })),
  }));
  return [
    {
      kind: "fieldset",
      legend: t("sections.identity"),
      fields: [
        {
          kind: "text",
          name: "firstName",
          label: t("fields.firstName"),
          hint: t("hints.names"),
          required: true,
        },
        { kind: "text", name: "lastName", label: t("fields.lastName"), required: true },
        { kind: "text", name: "firstNameCyrillic", label: t("fields.firstNameCyrillic"), lang: "uk" },
        { kind: "text", name: "lastNameCyrillic", label: t("fields.lastNameCyrillic"), lang: "uk" },
        { kind: "date", name: "birthDate", label: t("fields.birthDate") },
        { kind: "text", name: "nationality", label: t("fields.nationality") },
        {
          kind: "checkboxes",
          name: "languages",
          legend: t("fields.languages"),
          options: personLanguages.map((code) => ({ value: code, label: t(`languages.${code}`) })),
        },
      ],
    },
    {
      kind: "fieldset",
      legend: t("sections.contact"),
      fields: [
        { kind: "email", name: "email", label: t("fields.email") },
        { kind: "tel", name: "phone", label: t("fields.phone") },
      ],
    },
    {
      kind: "fieldset",
      legend: t("sections.status"),
      fields: [
        ...(options.municipalityLocked
          ? []
          : [
              {
                kind: "select",
                name: "municipalityNis",
                label: t("fields.municipalityNis"),
                options: [],
                groups: municipalityGroups,
              } satisfies FieldSpec,
            ]),
        { kind: "date", name: "arrivalDate", label: t("fields.arrivalDate") },
        { kind: "date", name: "tpCertificateDate", label: t("fields.tpCertificateDate") },
        { kind: "checkbox", name: "inNationalRegister", label: t("fields.inNationalRegister") },
        {
          kind: "date",
          name: "nationalRegisterDate",
          label: t("fields.nationalRegisterDate"),
        },
        {
          kind: "select",
          name: "housing",
          label: t("fields.housing"),
          options: housingSituations.map((value) => ({ value, label: t(`housing.${value}`) })),
        },
      ],
    },
  ];
}

/** The posted person form as the use-case's input. */
export function personFormInput(formData: FormData) {
  const text = (name: string) => formData.get(name) ?? undefined;
  return {
    firstName: text("firstName"),
    lastName: text("lastName"),
    firstNameCyrillic: text("firstNameCyrillic"),
    lastNameCyrillic: text("lastNameCyrillic"),
    birthDate: text("birthDate"),
    nationality: text("nationality"),
    languages: formData.getAll("languages"),
    email: text("email"),
    phone: text("phone"),
    municipalityNis: text("municipalityNis"),
    arrivalDate: text("arrivalDate"),
    tpCertificateDate: text("tpCertificateDate"),
    inNationalRegister: text("inNationalRegister"),
    nationalRegisterDate: text("nationalRegisterDate"),
    housing: text("housing"),
  };
}
