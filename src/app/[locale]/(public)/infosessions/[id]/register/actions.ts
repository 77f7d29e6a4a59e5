"use server";

import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { fieldErrorsOf } from "@/domain/validation";
import { formValuesOf, inputOf, withoutEmptyLines } from "@/domain/infosessions/registration-form";
import { maxAttendees, registrationInput } from "@/domain/infosessions/registration-input";
import { isLocale } from "@/domain/locale";
import { clientIpOf } from "@/server/client-ip";
import { getTranslations } from "next-intl/server";
import { AppError, RateLimitedError } from "@/server/errors";
import { fieldTexts, outcomeText, reasonText } from "@/i18n/error-text";
import { registerForInfosession } from "@/server/infosessions/register";
import { log } from "@/server/log";
import type { RegistrationFormState } from "./form-state";

/**
 * The registration form's action, with or without JavaScript. "Add a person" and "remove" re-render
 * the form with the typed values; "register" validates with the API's schema and calls the same
 * use-case, then goes to the private manage page.
 */
export async function submitRegistration(
  previous: RegistrationFormState,
  data: FormData,
): Promise<RegistrationFormState> {
  const pageLocale = isLocale(data.get("pageLocale"))
    ? (data.get("pageLocale") as "nl" | "uk" | "en" | "ru")
    : "nl";
  const sessionId = String(data.get("sessionId") ?? "");
  const values = formValuesOf(data);
  const intent = String(data.get("intent") ?? "register");
  const next = (partial: Partial<RegistrationFormState>): RegistrationFormState => ({
    values,
    errors: {},
    version: previous.version + 1,
    ...partial,
  });

  if (intent === "add") {
    if (values.attendees.length >= maxAttendees)
      return next({ formError: await outcomeText(pageLocale, "tooMany") });
    return next({
      values: { ...values, attendees: [...values.attendees, { firstName: "", birthYear: "" }] },
      focus: `attendee-${values.attendees.length}-firstName`,
    });
  }
  if (intent.startsWith("remove:")) {
    const index = Number(intent.slice("remove:".length));
    const attendees = values.attendees.filter((_, position) => position !== index);
    return next({ values: { ...values, attendees: attendees.length > 0 ? attendees : values.attendees } });
  }

  const compact = withoutEmptyLines(values);
  const parsed = registrationInput.safeParse(inputOf(compact, sessionId));
  if (!parsed.success)
    return next({ values: compact, errors: await fieldTexts(pageLocale, fieldErrorsOf(parsed.error)) });

  let token: string;
  try {
    const result = await registerForInfosession(parsed.data, { ip: clientIpOf(await headers()) });
    const manageToken = result.registrations[0]!.manageToken;
    // Only a replay with a key this page did not sign comes back without a link.
    if (!manageToken)
      return next({ values: compact, formError: await outcomeText(pageLocale, "alreadyRegistered") });
    token = manageToken;
  } catch (error) {
    if (error instanceof RateLimitedError) {
      // How long to wait and what else to do: a shared network (reception centre, library) hits this.
      const t = await getTranslations({ locale: pageLocale, namespace: "infosessions.errors" });
      const minutes = Math.ceil(error.retryAfterSeconds / 60);
      return next({ values: compact, formError: t("rateLimitedWait", { minutes }) });
    }
    if (error instanceof AppError) {
      if (error.code === "RATE_LIMITED")
        return next({ values: compact, formError: await outcomeText(pageLocale, "rateLimited") });
      // The public wording only: a refusal without a reason of its own reads as "not valid".
      return next({
        values: compact,
        errors: error.fields ? await fieldTexts(pageLocale, error.fields, error.params) : {},
        formError: error.fields
          ? undefined
          : error.reason
            ? await reasonText(pageLocale, error.reason, error.params)
            : await outcomeText(pageLocale, "invalid"),
      });
    }
    log.error("registration.form_failed", { error: error instanceof Error ? error.name : "unknown" });
    return next({ values: compact, formError: await outcomeText(pageLocale, "unexpected") });
  }
  redirect(`/${pageLocale}/infosessions/manage/${token}?registered=1`);
}
