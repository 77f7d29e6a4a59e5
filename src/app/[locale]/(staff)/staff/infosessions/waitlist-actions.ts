"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Locale } from "@/domain/locale";
import { giveWaitlistPlace } from "@/server/infosessions/admin/give-place";
import { runStaffCommand } from "../_actions/staff-command";

/** "Give a place" on a session's waiting list; the outcome shows at the top of the session's page. */
export async function giveWaitlistPlaceAction(localeArg: unknown, data: FormData): Promise<void> {
  const sessionId = String(data.get("sessionId") ?? "");
  const back = (locale: Locale, query: string): never => {
    revalidatePath(`/${locale}/staff/infosessions/${sessionId}`);
    redirect(`/${locale}/staff/infosessions/${sessionId}?${query}`);
  };
  return runStaffCommand(localeArg, {
    permission: "infosessions.manage",
    run: (actor) => giveWaitlistPlace(actor, String(data.get("registrationId") ?? "")),
    done: ({ capacityAdded }, locale) => back(locale, `done=placeGiven&added=${capacityAdded}`),
    refused: (error, locale) => back(locale, `error=${error.reason ?? "unexpected"}`),
  });
}
