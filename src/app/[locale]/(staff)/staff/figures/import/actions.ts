"use server";

import { redirect } from "next/navigation";
import { isLocale } from "@/domain/locale";
import { requireActor } from "@/server/auth/current-actor";
import { AppError } from "@/server/errors";
import { confirmOfficialFiguresImport } from "@/server/figures/import-official-figures";

/** Step two of the import: the administrator confirms the preview they saw. */
export async function confirmImport(locale: string, formData: FormData): Promise<void> {
  if (!isLocale(locale)) throw new Error("unknown locale");
  const actor = await requireActor(locale, "figures.import");
  const importId = String(formData.get("importId") ?? "");
  let imported: number;
  try {
    ({ imported } = await confirmOfficialFiguresImport(actor, importId));
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT")
      redirect(`/${locale}/staff/figures/import?preview=${encodeURIComponent(importId)}&error=conflict`);
    throw error;
  }
  redirect(`/${locale}/staff/figures/import?imported=${imported}`);
}
