"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { organisationInput } from "@/domain/organisations";
import { fieldErrorsOf } from "@/domain/validation";
import { requireActor } from "@/server/auth/current-actor";
import { AppError } from "@/server/errors";
import {
  createOrganisation,
  setOrganisationActive,
  updateOrganisation,
} from "@/server/organisations/manage-organisations";
import { failureState } from "../_cases/action-failure";
import { valuesOf, type FormState } from "../_cases/form-state";
import { staffLocale } from "../staff-locale";

const organisationId = z.uuid();

/** Creates (organisationId null) or edits an organisation; on success, its page with a notice. */
export async function saveOrganisationAction(
  localeArg: string,
  idArg: string | null,
  _state: FormState,
  form: FormData,
): Promise<FormState> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, "organisations.manage");
  const values = valuesOf(form);
  const id = idArg === null ? null : organisationId.safeParse(idArg).data;
  if (id === undefined) redirect(`/${locale}/staff/organisations`);
  let savedId: string;
  try {
    const parsed = organisationInput.safeParse({
      ...values,
      servedRegions: form.getAll("servedRegions"),
      servedMunicipalities: form.getAll("servedMunicipalities"),
    });
    if (!parsed.success) throw new AppError("INVALID_INPUT", "organisation", fieldErrorsOf(parsed.error));
    savedId = id
      ? (await updateOrganisation(actor, id, parsed.data), id)
      : (await createOrganisation(actor, parsed.data)).id;
  } catch (error) {
    return failureState(locale, error, values);
  }
  revalidatePath(`/${locale}/staff/organisations`);
  redirect(`/${locale}/staff/organisations/${savedId}?notice=${id ? "saved" : "created"}`);
}

export async function setOrganisationActiveAction(localeArg: string, form: FormData): Promise<void> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, "organisations.manage");
  const id = organisationId.safeParse(form.get("organisationId"));
  if (!id.success) redirect(`/${locale}/staff/organisations`);
  const active = form.get("active") === "true";
  let outcome = `notice=${active ? "reactivated" : "deactivated"}`;
  try {
    await setOrganisationActive(actor, id.data, active);
  } catch (error) {
    if (!(error instanceof AppError) || (error.code !== "CONFLICT" && error.code !== "NOT_FOUND"))
      throw error;
    if (error.code === "NOT_FOUND") redirect(`/${locale}/staff/organisations`);
    outcome = "error=ownOrganisation";
  }
  redirect(`/${locale}/staff/organisations/${id.data}?${outcome}`);
}
