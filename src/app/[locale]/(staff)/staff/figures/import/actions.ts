"use server";

import { redirect } from "next/navigation";
import { confirmOfficialFiguresImport } from "@/server/figures/import-official-figures";
import { runStaffCommand } from "../../_actions/staff-command";

/** Step two of the import: the administrator confirms the preview they saw. */
export async function confirmImport(localeArg: unknown, formData: FormData): Promise<void> {
  const importId = String(formData.get("importId") ?? "");
  return runStaffCommand(localeArg, {
    permission: "figures.import",
    run: (actor) => confirmOfficialFiguresImport(actor, importId),
    done: ({ imported }, locale) => redirect(`/${locale}/staff/figures/import?imported=${imported}`),
    refused: (error, locale) => {
      if (error.code === "CONFLICT")
        redirect(`/${locale}/staff/figures/import?preview=${encodeURIComponent(importId)}&error=conflict`);
      throw error;
    },
  });
}
