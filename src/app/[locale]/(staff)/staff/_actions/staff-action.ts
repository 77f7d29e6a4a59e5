import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Locale } from "@/domain/locale";
import type { Permission } from "@/domain/permissions";
import { errorText, type Wording } from "@/i18n/error-text";
import { translatorFor } from "@/i18n/server-translator";
import type { Actor } from "@/server/auth/actor";
import { requireActor } from "@/server/auth/current-actor";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import { parseInput } from "@/server/parse-input";
import { valuesOf, type FormState, type FormValues } from "@/components/staff-forms/form-state";
import { staffLocale } from "../staff-locale";

type Done = { locale: Locale; values: FormValues };

type ActionSpec<Input, Result> = {
  /** The use-case's input from the form. Parsed with `schema` when given; else the use-case parses it. */
  input: (form: FormData) => unknown;
  schema?: z.ZodType<Input>;
  /** What a success shows (a confirmation) or where it goes (`redirect`, which is let through). */
  done: (result: Result, context: Done) => FormState | Promise<FormState>;
  /** A code's, a reason's or a field's message in this form's own words ("someone else saved this intake"). */
  wording?: Wording;
};

type StaffActionSpec<Input, Result> = ActionSpec<Input, Result> & {
  /** The permission the acting staff member needs (per submit button, where they differ); the use-case checks it again beside its data. */
  permission: Permission | ((form: FormData) => Permission);
  run: (actor: Actor, input: Input, locale: Locale) => Promise<Result>;
};

/**
 * The one way a staff form's server action runs: the bound locale narrowed again (a client can
 * alter it), the actor with the permission, the form parsed with zod, the use-case, then either the
 * success or a refusal with translated messages and every value as typed. A failure that is no
 * AppError is a bug: logged once here and rethrown to the error page. Next's redirect and notFound
 * signals pass through untouched.
 */
export async function runStaffAction<Input, Result>(
  localeArg: unknown,
  form: FormData,
  spec: StaffActionSpec<Input, Result>,
): Promise<FormState> {
  const locale = staffLocale(localeArg);
  const permission = typeof spec.permission === "function" ? spec.permission(form) : spec.permission;
  const actor = await requireActor(locale, permission);
  return attempt(locale, form, spec, (input) => spec.run(actor, input, locale));
}

/** The same for the forms before sign-in (signing in, accepting an invitation): no actor to require. */
export async function runSignedOutAction<Input, Result>(
  localeArg: unknown,
  form: FormData,
  spec: ActionSpec<Input, Result> & { run: (input: Input, locale: Locale) => Promise<Result> },
): Promise<FormState> {
  const locale = staffLocale(localeArg);
  return attempt(locale, form, spec, (input) => spec.run(input, locale));
}

async function attempt<Input, Result>(
  locale: Locale,
  form: FormData,
  spec: ActionSpec<Input, Result>,
  run: (input: Input) => Promise<Result>,
): Promise<FormState> {
  const values = typedValues(form);
  let result: Result;
  try {
    const raw = spec.input(form);
    result = await run(spec.schema ? parseInput(spec.schema, raw) : (raw as Input));
  } catch (error) {
    return refusedState(locale, error, values, spec.wording);
  }
  return spec.done(result, { locale, values });
}

/** What was typed, to show again; a password never travels back to the browser. */
function typedValues(form: FormData): FormValues {
  return Object.fromEntries(Object.entries(valuesOf(form)).filter(([name]) => !/password/i.test(name)));
}

/** A refusal as the form shows it; anything but an AppError is logged and rethrown. */
export async function refusedState(
  locale: Locale,
  error: unknown,
  values: FormValues,
  wording?: Wording,
): Promise<FormState> {
  unstable_rethrow(error);
  if (!(error instanceof AppError)) {
    log.error("staff.action.failed", { error: error instanceof Error ? error.name : "unknown" });
    throw error;
  }
  const text = await errorText(locale, error, wording);
  return refused(locale, { message: text.message, fieldErrors: text.fields, values });
}

/** A refused state with the title prefix ("Fout: ") every error summary puts before the page title. */
export async function refused(
  locale: Locale,
  state: Omit<FormState, "status" | "titlePrefix">,
): Promise<FormState> {
  const t = await translatorFor(locale, "staff");
  return {
    message: t("form.errorSummary"),
    ...state,
    status: "error",
    titlePrefix: t("formErrors.titlePrefix"),
  };
}
