"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { isLocale } from "@/domain/locale";
import { AppError } from "@/server/errors";
import {
  cancelAttendeeByToken,
  cancelRegistrationByToken,
  moveRegistrationByToken,
} from "@/server/infosessions/manage-registration";

/**
 * Plain form actions for the manage page: each ends in a redirect back to it with the outcome; a
 * refusal about one form also names it (`at`, and the #fragment), so the page shows it there.
 */
function pageOf(data: FormData) {
  const locale = isLocale(data.get("pageLocale")) ? String(data.get("pageLocale")) : "nl";
  const token = String(data.get("token") ?? "");
  return { token, base: `/${locale}/infosessions/manage/${encodeURIComponent(token)}` };
}

export async function cancelRegistration(data: FormData): Promise<void> {
  const { token, base } = pageOf(data);
  if (data.get("confirm") !== "yes") redirect(`${base}?error=confirmCancel&at=cancel#cancel`);
  let outcome = "done=cancelled";
  try {
    await cancelRegistrationByToken(token);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = `error=${error.reason ?? "notActive"}`;
  }
  redirect(`${base}?${outcome}`);
}

/** One person of a group cannot come: the others keep their places. Needs the confirmation box. */
export async function cancelAttendee(data: FormData): Promise<void> {
  const { token, base } = pageOf(data);
  const attendee = z.uuid().safeParse(data.get("attendeeId"));
  if (!attendee.success || data.get("confirm") !== "yes")
    redirect(`${base}?error=chooseAttendee&at=cancel-one#cancel-one`);
  let outcome = "done=cancelledOne";
  try {
    await cancelAttendeeByToken(token, attendee.data);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = `error=${error.reason ?? "notActive"}`;
  }
  redirect(`${base}?${outcome}`);
}

export async function moveRegistration(data: FormData): Promise<void> {
  const { token, base } = pageOf(data);
  const target = String(data.get("targetSessionId") ?? "");
  // Nothing chosen (the picker starts empty): ask again rather than guess.
  if (!target) redirect(`${base}?error=sessionNotFound`);
  let outcome = "done=moved";
  try {
    await moveRegistrationByToken(token, target);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = `error=${error.reason ?? "notActive"}`;
  }
  redirect(`${base}?${outcome}`);
}
