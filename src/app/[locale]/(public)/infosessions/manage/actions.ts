"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale } from "@/domain/locale";
import { clientIpOf } from "@/server/client-ip";
import { AppError } from "@/server/errors";
import { findRegistrationByCode } from "@/server/infosessions/find-registration";

/** "Find my registration": on a match, straight to the manage page; otherwise back with one message. */
export async function findRegistration(data: FormData): Promise<void> {
  const locale = isLocale(data.get("pageLocale")) ? String(data.get("pageLocale")) : "nl";
  let token: string;
  try {
    token = await findRegistrationByCode(
      { contact: data.get("contact"), code: data.get("code") },
      { ip: clientIpOf(await headers()) },
    );
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // The contact typed is not put in the address: it would end up in logs and history.
    redirect(
      `/${locale}/infosessions/manage?error=${error.code === "RATE_LIMITED" ? "tooMany" : "notFound"}`,
    );
  }
  redirect(`/${locale}/infosessions/manage/${token}`);
}
