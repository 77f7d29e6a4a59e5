import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locale";
import { nt2ProviderKinds, organisationRegions, organisationTypes } from "@/domain/organisations";
import { listMunicipalityGroups } from "@/server/municipalities/municipality-groups";
import type { FieldSpec } from "../_cases/field-spec";

/** The organisation form: plain selects and checkboxes (no JavaScript needed), municipalities by province. */
export async function organisationFormFields(locale: Locale): Promise<FieldSpec[]> {
  const t = await getTranslations({ locale, namespace: "organisations" });
  const places = await getTranslations({ locale, namespace: "common.places" });
  const groups = (await listMunicipalityGroups()).map((group) => ({
    label: group.province ?? places("brusselsRegion"),
    options: group.municipalities.map((m) => ({ value: m.nisCode, label: m.name })),
  }));
  const regionOptions = organisationRegions.map((value) => ({ value, label: t(`regions.${value}`) }));
  return [
    { kind: "text", name: "name", label: t("form.name"), required: true },
    {
      kind: "select",
      name: "type",
      label: t("form.type"),
      required: true,
      options: organisationTypes.map((value) => ({ value, label: t(`types.${value}`) })),
    },
    {
      kind: "select",
      name: "nt2Kind",
      label: t("form.nt2Kind"),
      hint: t("form.nt2KindHint"),
      options: nt2ProviderKinds.map((value) => ({ value, label: t(`kinds.${value}`) })),
    },
    {
      kind: "select",
      name: "municipalityNis",
      label: t("form.municipality"),
      hint: t("form.municipalityHint"),
      options: [],
      groups,
    },
    {
      kind: "select",
      name: "region",
      label: t("form.region"),
      hint: t("form.regionHint"),
      options: regionOptions,
    },
    { kind: "email", name: "email", label: t("form.email") },
    { kind: "checkboxes", name: "servedRegions", legend: t("form.servedRegions"), options: regionOptions },
    {
      kind: "select",
      name: "servedMunicipalities",
      label: t("form.servedMunicipalities"),
      hint: t("form.servedMunicipalitiesHint"),
      options: [],
      groups,
      multiple: true,
    },
  ];
}
