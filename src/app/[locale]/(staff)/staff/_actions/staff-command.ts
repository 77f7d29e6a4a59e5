import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { Locale } from "@/domain/locale";
import type { Permission } from "@/domain/permissions";
import type { Actor } from "@/server/auth/actor";
import { requireActor } from "@/server/auth/current-actor";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import { staffLocale } from "../staff-locale";

type CommandSpec<Result> = {
  permission: Permission;
  run: (actor: Actor, locale: Locale) => Promise<Result>;
  /** Where a success goes: the page, with what happened in its query (`redirect`). */
  done: (result: Result, locale: Locale) => never;
  /** Where a refusal goes (the page, with `?error=<reason>`); without it, the AppError reaches the error page. */
  refused?: (error: AppError, locale: Locale) => never;
};

/**
 * A staff button without a form state (deactivate, mark attended, revert): the same opening as
 * `runStaffAction` (the bound locale narrowed again, the actor with the permission), and the same
 * policy for failures: a typed refusal is shown on the page, anything else is logged once and
 * rethrown, and Next's redirect and notFound pass through.
 */
export async function runStaffCommand<Result>(localeArg: unknown, spec: CommandSpec<Result>): Promise<never> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, spec.permission);
  let result: Result;
  try {
    result = await spec.run(actor, locale);
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError && spec.refused) return spec.refused(error, locale);
    if (!(error instanceof AppError))
      log.error("staff.action.failed", { error: error instanceof Error ? error.name : "unknown" });
    throw error;
  }
  return spec.done(result, locale);
}
