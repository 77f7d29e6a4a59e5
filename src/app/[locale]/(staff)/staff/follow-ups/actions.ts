"use server";

import { redirect } from "next/navigation";
import { completeFollowUp } from "@/server/cases/complete-follow-up";
import { runStaffCommand } from "../_actions/staff-command";

export async function completeFollowUpAction(localeArg: unknown, followUpId: string): Promise<void> {
  return runStaffCommand(localeArg, {
    permission: "followUps.manage",
    run: (actor) => completeFollowUp(actor, followUpId),
    done: (_completed, locale) => redirect(`/${locale}/staff/follow-ups`),
  });
}
