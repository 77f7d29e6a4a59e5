"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { interpreterHandling, interpreterRequestInput, languageCodeOf } from "@/domain/interpreters/request";
import { parseInput } from "@/server/parse-input";
import {
  cancelInterpreterRequest,
  handleInterpreterRequest,
} from "@/server/interpreters/handle-interpreter-request";
import { requestInterpreter } from "@/server/interpreters/request-interpreter";
import type { FormState } from "@/components/staff-forms/form-state";
import { runStaffAction } from "../_actions/staff-action";
import { staffLocale } from "../staff-locale";
import { interpreterRequestWording, referralsWording } from "../_actions/wordings";

export async function askInterpreter(
  localeArg: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, formData, {
    permission: "interpreters.request",
    schema: interpreterRequestInput,
    wording: interpreterRequestWording,
    input: (form) => {
      const typed = Object.fromEntries(form);
      // A language typed by its name ("Oekraïens") is read as its code in the form's language.
      return { ...typed, language: languageCodeOf(typed.language, staffLocale(localeArg)) };
    },
    run: (actor, request) => requestInterpreter(actor, request),
    done: async (_requested, { locale }) => {
      revalidatePath(`/${locale}/staff/interpreters`);
      const t = await getTranslations({ locale, namespace: "referrals" });
      return { status: "done", message: t("interpreters.requested") };
    },
  });
}

/** Cancel (the requester) or plan, confirm or decline (the interpreter service) one request. */
export async function handleRequest(
  localeArg: unknown,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const cancelling = formData.get("action") === "cancel";
  return runStaffAction(localeArg, formData, {
    permission: cancelling ? "interpreters.request" : "interpreters.handle",
    wording: referralsWording,
    input: (form) => ({
      requestId: String(form.get("requestId") ?? ""),
      action: form.get("action"),
      interpreterName: form.get("interpreterName") ?? undefined,
      reason: form.get("reason") ?? undefined,
    }),
    run: (actor, { requestId, ...handling }: { requestId: string }) =>
      cancelling
        ? cancelInterpreterRequest(actor, requestId)
        : handleInterpreterRequest(actor, { requestId, handling: parseInput(interpreterHandling, handling) }),
    done: async (_handled, { locale }) => {
      revalidatePath(`/${locale}/staff/interpreters`);
      const t = await getTranslations({ locale, namespace: "referrals" });
      return { status: "done", message: t("interpreters.handled") };
    },
  });
}
