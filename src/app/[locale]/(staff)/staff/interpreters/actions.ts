"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { interpreterHandling, interpreterRequestInput, languageCodeOf } from "@/domain/interpreters/request";
import { isLocale } from "@/domain/locale";
import { fieldErrorsOf } from "@/domain/validation";
import { requireActor } from "@/server/auth/current-actor";
import {
  cancelInterpreterRequest,
  handleInterpreterRequest,
} from "@/server/interpreters/handle-interpreter-request";
import { requestInterpreter } from "@/server/interpreters/request-interpreter";
import { valuesOf, type FormState } from "@/components/staff-forms/form-state";
import { formStateFor, translateFieldErrors } from "../referrals/action-errors";

export async function askInterpreter(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  if (!isLocale(locale)) throw new Error("unknown locale");
  const actor = await requireActor(locale, "interpreters.request");
  const values = valuesOf(formData);
  const t = await getTranslations({ locale, namespace: "referrals" });
  const typed = Object.fromEntries(formData);
  const parsed = interpreterRequestInput.safeParse({
    ...typed,
    language: languageCodeOf(typed.language, locale),
  });
  if (!parsed.success)
    return {
      status: "error",
      message: t("errors.invalid"),
      fieldErrors: await translateFieldErrors(locale, fieldErrorsOf(parsed.error)),
      values,
    };
  try {
    await requestInterpreter(actor, parsed.data);
  } catch (error) {
    return formStateFor(locale, error, values);
  }
  revalidatePath(`/${locale}/staff/interpreters`);
  return { status: "done", message: t("interpreters.requested") };
}

export async function handleRequest(
  locale: string,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  if (!isLocale(locale)) throw new Error("unknown locale");
  const t = await getTranslations({ locale, namespace: "referrals" });
  const values = valuesOf(formData);
  const requestId = String(formData.get("requestId") ?? "");
  const action = formData.get("action");
  try {
    if (action === "cancel") {
      const actor = await requireActor(locale, "interpreters.request");
      await cancelInterpreterRequest(actor, requestId);
    } else {
      const actor = await requireActor(locale, "interpreters.handle");
      const parsed = interpreterHandling.safeParse({
        action,
        interpreterName: formData.get("interpreterName") ?? undefined,
        reason: formData.get("reason") ?? undefined,
      });
      if (!parsed.success)
        return {
          status: "error",
          message: t("errors.invalid"),
          fieldErrors: await translateFieldErrors(locale, fieldErrorsOf(parsed.error)),
          values,
        };
      await handleInterpreterRequest(actor, { requestId, handling: parsed.data });
    }
  } catch (error) {
    return formStateFor(locale, error, values);
  }
  revalidatePath(`/${locale}/staff/interpreters`);
  return { status: "done", message: t("interpreters.handled") };
}
