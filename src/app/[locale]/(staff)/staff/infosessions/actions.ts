"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { sessionInput } from "@/domain/infosessions/session-input";
import type { Locale } from "@/domain/locale";
import {
  cancelSession,
  createSession,
  recordAttendance,
  updateSession,
} from "@/server/infosessions/admin/manage-sessions";
import type { FormState } from "@/components/staff-forms/form-state";
import { runStaffAction } from "../_actions/staff-action";
import { runStaffCommand } from "../_actions/staff-command";

const sessionFields = [
  "series",
  "language",
  "region",
  "startsAtLocal",
  "durationMinutes",
  "capacity",
  "meetingUrl",
];

/** Create (no `id`) or edit (with `id` and `version`) a session; errors come back with the values as typed. */
export async function saveSessionAction(
  localeArg: unknown,
  _previous: FormState,
  data: FormData,
): Promise<FormState> {
  const id = String(data.get("id") ?? "");
  return runStaffAction(localeArg, data, {
    permission: "infosessions.manage",
    schema: sessionInput,
    wording: { codes: { STALE_EDIT: "sessionsAdmin.form.stale" } },
    input: (form) =>
      Object.fromEntries(sessionFields.map((key) => [key, String(form.get(key) ?? "").slice(0, 600)])),
    run: async (actor, session) =>
      id
        ? {
            createdId: undefined,
            ...(await updateSession(actor, { sessionId: id, version: data.get("version"), session })),
          }
        : { createdId: (await createSession(actor, session)).id, unreached: 0 },
    done: ({ createdId, unreached }, { locale }) => {
      if (createdId) redirect(`/${locale}/staff/infosessions/${createdId}?done=created`);
      revalidatePath(`/${locale}/staff/infosessions/${id}`);
      redirect(
        `/${locale}/staff/infosessions/${id}?done=saved${unreached > 0 ? `&unreached=${unreached}&at=call-list#call-list` : ""}`,
      );
    },
  });
}

export async function cancelSessionAction(localeArg: unknown, data: FormData): Promise<void> {
  const id = String(data.get("id") ?? "");
  return runStaffCommand(localeArg, {
    permission: "infosessions.manage",
    run: async (actor, locale) => {
      if (data.get("confirm") !== "yes")
        redirect(`/${locale}/staff/infosessions/${id}?error=consentRequired&at=cancel#cancel`);
      return cancelSession(actor, id);
    },
    done: ({ notified, unreached }, locale) =>
      redirect(
        `/${locale}/staff/infosessions/${id}?done=cancelled&notified=${notified}&unreached=${unreached}${unreached > 0 ? "&at=call-list#call-list" : ""}`,
      ),
  });
}

/** Saves who came, for the whole session at once; "everyone came" ticks every person first. */
export async function recordAttendanceAction(localeArg: unknown, data: FormData): Promise<void> {
  const sessionId = String(data.get("sessionId") ?? "");
  const present = data.getAll(data.get("intent") === "everyone" ? "attendee" : "present").map(String);
  // The redirect often goes back to the same page (only the hash differs): without revalidating, the
  // router keeps the rendered page and the new attendance does not show until a reload.
  const back = (locale: Locale, query: string): never => {
    revalidatePath(`/${locale}/staff/infosessions/${sessionId}`);
    redirect(`/${locale}/staff/infosessions/${sessionId}?${query}&at=registrations#registrations`);
  };
  return runStaffCommand(localeArg, {
    permission: "infosessions.manage",
    run: (actor) => recordAttendance(actor, { sessionId, present }),
    done: (_recorded, locale) => back(locale, "done=saved"),
    refused: (error, locale) => back(locale, `error=${error.reason ?? "unexpected"}`),
  });
}
