"use server";

import { redirect } from "next/navigation";
import type { Locale } from "@/domain/locale";
import { requireActor } from "@/server/auth/current-actor";
import { completeFollowUp } from "@/server/cases/complete-follow-up";

export async function completeFollowUpAction(locale: Locale, followUpId: string): Promise<void> {
  const actor = await requireActor(locale, "followUps.manage");
  await completeFollowUp(actor, followUpId);
  redirect(`/${locale}/staff/follow-ups`);
}
