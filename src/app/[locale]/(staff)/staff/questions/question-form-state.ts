import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locale";
import { personalDataKinds } from "@/domain/questions/personal-data";
import { AppError } from "@/server/errors";
import { log } from "@/server/log";
import type { FormState } from "@/components/staff-forms/form-state";

const fieldReasons = ["required", "tooShort", "tooLong", "invalid", "namesMunicipality"] as const;
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * The one translator from a questions use-case's typed failure to a form state: reasons become
 * sentences from messages/<locale>/questions.json; the typed values come back so nothing is lost.
 * Anything that is not an AppError is a bug: logged and rethrown.
 */
export async function questionFormState(
  locale: Locale,
  error: unknown,
  values: FormState["values"],
): Promise<FormState> {
  unstable_rethrow(error);
  if (!(error instanceof AppError)) {
    log.error("questions.action_failed", {
      error: error instanceof Error ? error.message.slice(0, 300) : "unknown",
    });
    throw error;
  }
  const t = await getTranslations({ locale, namespace: "questions" });
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, reasons] of Object.entries(error.details ?? {})) {
    if (field === "places") continue;
    fieldErrors[field] = reasons.map((reason) =>
      isOneOf(personalDataKinds, reason)
        ? t(`personalData.${reason}`)
        : reason === "namesMunicipality"
          ? t("errors.namesMunicipality", { places: (error.details?.places ?? []).join(", ") })
          : isOneOf(fieldReasons, reason)
            ? t(`errors.${reason}`)
            : t("errors.invalid"),
    );
  }
  const message =
    error.message === "personalData"
      ? t("personalData.message")
      : error.code === "STALE_EDIT"
        ? t("errors.stale")
        : error.code === "CONFLICT"
          ? t(
              error.message === "secondAdviserNeeded"
                ? "errors.secondAdviserNeeded"
                : "errors.illegalTransition",
            )
          : error.code === "NOT_FOUND"
            ? t("errors.notFound")
            : error.message === "municipality"
              ? t("errors.municipality")
              : t("errors.summary");
  return { status: "error", message, fieldErrors, values };
}
