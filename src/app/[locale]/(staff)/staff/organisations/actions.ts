"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Locale } from "@/domain/locale";
import { organisationInput } from "@/domain/organisations";
import {
  createOrganisation,
  setOrganisationActive,
  updateOrganisation,
} from "@/server/organisations/manage-organisations";
import { valuesOf, type FormState } from "@/components/staff-forms/form-state";
import { runStaffAction } from "../_actions/staff-action";
import { runStaffCommand } from "../_actions/staff-command";
import { staffLocale } from "../staff-locale";

const organisationId = z.uuid();

/** Creates (organisationId null) or edits an organisation; on success, its page with a notice. */
export async function saveOrganisationAction(
  localeArg: unknown,
  idArg: string | null,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const id = idArg === null ? null : organisationId.safeParse(idArg).data;
  if (id === undefined) redirect(`/${staffLocale(localeArg)}/staff/organisations`);
  return runStaffAction(localeArg, form, {
    permission: "organisations.manage",
    schema: organisationInput,
    wording: { codes: { INVALID_INPUT: "organisations.form.errorSummary" } },
    input: (form) => ({
      ...valuesOf(form),
      servedRegions: form.getAll("servedRegions"),
      servedMunicipalities: form.getAll("servedMunicipalities"),
    }),
    run: async (actor, organisation) =>
      id
        ? (await updateOrganisation(actor, id, organisation), id)
        : (await createOrganisation(actor, organisation)).id,
    done: (savedId, { locale }) => {
      revalidatePath(`/${locale}/staff/organisations`);
      redirect(`/${locale}/staff/organisations/${savedId}?notice=${id ? "saved" : "created"}`);
    },
  });
}

export async function setOrganisationActiveAction(localeArg: unknown, form: FormData): Promise<void> {
  const id = organisationId.safeParse(form.get("organisationId"));
  const active = form.get("active") === "true";
  const list = (locale: Locale) => redirect(`/${locale}/staff/organisations`);
  return runStaffCommand(localeArg, {
    permission: "organisations.manage",
    run: async (actor, locale) => (id.success ? setOrganisationActive(actor, id.data, active) : list(locale)),
    done: (_set, locale) =>
      redirect(`/${locale}/staff/organisations/${id.data}?notice=${active ? "reactivated" : "deactivated"}`),
    refused: (error, locale) => {
      if (error.code === "NOT_FOUND") list(locale);
      if (error.code === "CONFLICT")
        redirect(`/${locale}/staff/organisations/${id.data}?error=ownOrganisation`);
      throw error;
    },
  });
}
