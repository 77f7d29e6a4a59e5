import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locale";
import { validationKeys, type ValidationKey } from "@/domain/validation";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import type { FormState, FormValues } from "./form-state";

/** Conflict details some use-cases report, with their message in the `cases` area. */
const conflictMessages: Record<string, string> = {
  full: "intake.registration.full",
  alreadyRegistered: "intake.registration.alreadyRegistered",
};

/**
 * Turns a use-case's failure into what the form shows: the values as typed, a localized message per
 * field, or one message for the form. Unexpected errors are logged (no personal data) and answered
 * with a calm message instead of a 500.
 */
export async function failureState(
  locale: Locale,
  error: unknown,
  values: FormValues,
  staleEditMessage: "person.staleEdit" | "intake.staleEdit" = "person.staleEdit",
): Promise<FormState> {
  const t = await getTranslations({ locale, namespace: "cases" });
  const validation = await getTranslations({ locale, namespace: "common.validation" });
  if (!(error instanceof AppError)) {
    log.error("cases.action.failed", { reason: error instanceof Error ? error.name : "unknown" });
    return { values, errors: {}, status: "error", message: t("errors.unexpected") };
  }
  const errors: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(error.details ?? {})) {
    errors[field] = keys.map((key) => {
      if ((validationKeys as readonly string[]).includes(key)) return validation(key as ValidationKey);
      const conflict = conflictMessages[key];
      return conflict ? t(conflict as "intake.registration.full") : validation("invalid");
    });
  }
  const message =
    error.code === "STALE_EDIT"
      ? t(staleEditMessage)
      : error.code === "NOT_FOUND"
        ? t("errors.notFound")
        : error.code === "FORBIDDEN"
          ? t("errors.forbidden")
          : error.code === "CONFLICT" && Object.keys(errors).length === 0
            ? t("errors.conflict")
            : undefined;
  return { values, errors, status: "error", message };
}
