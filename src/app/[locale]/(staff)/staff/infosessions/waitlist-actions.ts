"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { staffLocales, type Locale } from "@/domain/locale";
import { requireActor } from "@/server/auth/current-actor";
import { AppError } from "@/server/errors";
import { giveWaitlistPlace } from "@/server/infosessions/admin/give-place";

/** "Give a place" on a session's waiting list; the outcome shows at the top of the session's page. */
export async function giveWaitlistPlaceAction(data: FormData): Promise<void> {
  const pageLocale = String(data.get("pageLocale"));
  const locale: Locale = (staffLocales as readonly string[]).includes(pageLocale)
    ? (pageLocale as Locale)
    : "nl";
  const actor = await requireActor(locale, "infosessions.manage");
  const sessionId = String(data.get("sessionId") ?? "");
  let query: string;
  try {
    const { capacityAdded } = await giveWaitlistPlace(actor, String(data.get("registrationId") ?? ""));
    query = `done=placeGiven&added=${capacityAdded}`;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    query = `error=${error.message === error.code ? "unexpected" : error.message}`;
  }
  revalidatePath(`/${locale}/staff/infosessions/${sessionId}`);
  redirect(`/${locale}/staff/infosessions/${sessionId}?${query}`);
}
