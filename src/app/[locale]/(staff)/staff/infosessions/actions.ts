"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { sessionInput } from "@/domain/infosessions/session-input";
import { fieldErrorsOf } from "@/domain/validation";
import { staffLocales, type Locale } from "@/domain/locale";
import { requireActor } from "@/server/auth/current-actor";
import { AppError } from "@/server/errors";
import { errorMessage, translateFieldErrors } from "@/server/infosessions/error-messages";
import {
  cancelSession,
  createSession,
  markAttendance,
  updateSession,
} from "@/server/infosessions/admin/manage-sessions";
import type { SessionFormState } from "./session-form-state";

const staffLocaleOf = (data: FormData): Locale =>
  (staffLocales as readonly string[]).includes(String(data.get("pageLocale")))
    ? (String(data.get("pageLocale")) as Locale)
    : "nl";

const valuesOf = (data: FormData): Record<string, string> =>
  Object.fromEntries(
    ["series", "language", "region", "startsAtLocal", "durationMinutes", "capacity", "meetingUrl"].map(
      (key) => [key, String(data.get(key) ?? "").slice(0, 600)],
    ),
  );

/** Create (no `id`) or edit (with `id` and `version`) a session; errors come back with the values as typed. */
export async function saveSessionAction(
  previous: SessionFormState,
  data: FormData,
): Promise<SessionFormState> {
  const locale = staffLocaleOf(data);
  const actor = await requireActor(locale, "infosessions.manage");
  const values = valuesOf(data);
  const id = String(data.get("id") ?? "");
  const parsed = sessionInput.safeParse(values);
  if (!parsed.success)
    return {
      values,
      errors: translateFieldErrors(locale, fieldErrorsOf(parsed.error)),
      version: previous.version + 1,
    };
  let createdId: string | undefined;
  let unreached = 0;
  try {
    if (id)
      ({ unreached } = await updateSession(actor, {
        sessionId: id,
        version: data.get("version"),
        session: parsed.data,
      }));
    else createdId = (await createSession(actor, parsed.data)).id;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      values,
      errors: error.details ? translateFieldErrors(locale, error.details) : {},
      formError:
        error.code === "STALE_EDIT"
          ? "stale"
          : error.details
            ? undefined
            : errorMessage(locale, error.message),
      version: previous.version + 1,
    };
  }
  if (createdId) redirect(`/${locale}/staff/infosessions/${createdId}?done=created`);
  revalidatePath(`/${locale}/staff/infosessions/${id}`);
  redirect(
    `/${locale}/staff/infosessions/${id}?done=saved${unreached > 0 ? `&unreached=${unreached}#call-list` : ""}`,
  );
}

export async function cancelSessionAction(data: FormData): Promise<void> {
  const locale = staffLocaleOf(data);
  const actor = await requireActor(locale, "infosessions.manage");
  const id = String(data.get("id") ?? "");
  if (data.get("confirm") !== "yes")
    redirect(`/${locale}/staff/infosessions/${id}?error=consentRequired#cancel`);
  const { notified, unreached } = await cancelSession(actor, id);
  redirect(
    `/${locale}/staff/infosessions/${id}?done=cancelled&notified=${notified}&unreached=${unreached}${unreached > 0 ? "#call-list" : ""}`,
  );
}

export async function markAttendanceAction(data: FormData): Promise<void> {
  const locale = staffLocaleOf(data);
  const actor = await requireActor(locale, "infosessions.manage");
  const sessionId = String(data.get("sessionId") ?? "");
  const outcome = data.get("outcome") === "NO_SHOW" ? "NO_SHOW" : "ATTENDED";
  let query = "done=saved";
  try {
    await markAttendance(actor, String(data.get("registrationId") ?? ""), outcome);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    query = `error=${error.message === error.code ? "unexpected" : error.message}`;
  }
  // The redirect often goes back to the same page (only the hash differs): without this the router
  // keeps the rendered page and the new attendance does not show until a reload.
  revalidatePath(`/${locale}/staff/infosessions/${sessionId}`);
  redirect(`/${locale}/staff/infosessions/${sessionId}?${query}#registrations`);
}
