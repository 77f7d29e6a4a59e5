import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locale";
import type { FieldErrors } from "@/domain/validation";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import type { FormState } from "@/components/staff-forms/form-state";

/** Turns a use-case's typed failure into a localized form state; anything else is a bug and is rethrown. */
export async function formStateFor(
  locale: Locale,
  error: unknown,
  values: FormState["values"],
): Promise<FormState> {
  if (!(error instanceof AppError)) {
    log.error("staff.action.failed", { error: error instanceof Error ? error.name : "unknown" });
    throw error;
  }
  const t = await getTranslations({ locale, namespace: "referrals" });
  const byCode: Record<string, string> = {
    FORBIDDEN: t("errors.forbidden"),
    NOT_FOUND: t("errors.notFound"),
    STALE_EDIT: t("errors.stale"),
    CONFLICT: t("errors.illegal"),
    INVALID_INPUT: t("errors.invalid"),
  };
  const fieldErrors = error.details
    ? await translateFieldErrors(locale, error.details as FieldErrors)
    : undefined;
  return { status: "error", message: byCode[error.code] ?? t("errors.invalid"), fieldErrors, values };
}

const knownKeys = [
  "required",
  "invalid",
  "tooLong",
  "tooShort",
  "invalidDate",
  "dateInPast",
  "tooMany",
  "tooFew",
  "consentRequired",
] as const;

export async function translateFieldErrors(
  locale: Locale,
  errors: FieldErrors,
): Promise<Record<string, string[]>> {
  const t = await getTranslations({ locale, namespace: "referrals.validation" });
  return Object.fromEntries(
    Object.entries(errors).map(([field, keys]) => [
      field,
      keys.map((key) =>
        t((knownKeys as readonly string[]).includes(key) ? (key as (typeof knownKeys)[number]) : "invalid"),
      ),
    ]),
  );
}
