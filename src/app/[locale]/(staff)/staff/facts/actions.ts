"use server";

import { redirect } from "next/navigation";
import { factChangeInput, type FactChangeInput } from "@/domain/facts/fact-change";
import { locales, type Locale } from "@/domain/locale";
import { AppError } from "@/server/errors";
import { changeFact } from "@/server/facts/change-fact";
import type { FormState } from "@/components/staff-forms/form-state";
import { runStaffAction } from "../_actions/staff-action";
import { runStaffCommand } from "../_actions/staff-command";

export type FactFormValues = {
  value: string;
  titles: Record<string, string>;
  url: string;
  publishedOn: string;
  confidence: string;
};

const text = (form: FormData, name: string, max: number) => String(form.get(name) ?? "").slice(0, max);

/** The edit as the use-case takes it; JSON that does not parse is refused beside the value field. */
function factEditOf(form: FormData, factId: string, expectedVersion: number) {
  let value: unknown;
  try {
    value = JSON.parse(text(form, "value", 20_000));
  } catch {
    throw new AppError("INVALID_INPUT", undefined, { value: ["factJsonInvalid"] });
  }
  const publishedOn = text(form, "publishedOn", 10).trim();
  const parsed = factChangeInput.safeParse({
    kind: "edit",
    factId,
    expectedVersion,
    value,
    source: {
      title: Object.fromEntries(locales.map((code) => [code, text(form, `title-${code}`, 300)])),
      url: text(form, "url", 500).trim(),
      publishedOn: publishedOn || null,
    },
    confidence: text(form, "confidence", 10),
  });
  // One message for the source as a whole: it names every part the source needs.
  if (!parsed.success) throw new AppError("INVALID_INPUT", undefined, { url: ["factSourceInvalid"] });
  return parsed.data;
}

/** Publish a new value: everything the editor typed comes back on any refusal, with the reason. */
export async function editFactAction(
  localeArg: unknown,
  factId: string,
  expectedVersion: number,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  return runStaffAction(localeArg, form, {
    permission: "facts.manage",
    wording: { codes: { STALE_EDIT: "facts.errors.stale", NOT_FOUND: "facts.errors.notFound" } },
    input: (form) => factEditOf(form, factId, expectedVersion),
    run: (actor, edit: FactChangeInput) => changeFact(actor, edit),
    done: (_changed, { locale }) => redirect(`/${locale}/staff/facts?fact=${factId}&saved=1`),
  });
}

/** "Checked today" and "revert this change": one button each, the outcome shown after a redirect. */
export async function markCheckedAction(localeArg: unknown, form: FormData): Promise<void> {
  return factCommand(localeArg, {
    kind: "checked",
    factId: form.get("factId"),
    expectedVersion: form.get("expectedVersion"),
  });
}

export async function revertAction(localeArg: unknown, form: FormData): Promise<void> {
  return factCommand(localeArg, {
    kind: "revert",
    factId: form.get("factId"),
    expectedVersion: form.get("expectedVersion"),
    versionNumber: form.get("versionNumber"),
  });
}

async function factCommand(localeArg: unknown, change: Record<string, unknown>): Promise<never> {
  const parsed = factChangeInput.safeParse(change);
  const back = (locale: Locale, query = "") =>
    redirect(`/${locale}/staff/facts${parsed.success ? `?fact=${parsed.data.factId}&${query}` : ""}`);
  return runStaffCommand(localeArg, {
    permission: "facts.manage",
    run: async (actor, locale) => (parsed.success ? changeFact(actor, parsed.data) : back(locale)),
    done: (_changed, locale) => back(locale, "saved=1"),
    refused: (error, locale) => {
      if (error.code === "STALE_EDIT") back(locale, "error=stale");
      if (error.code === "NOT_FOUND") back(locale, "error=notFound");
      if (error.code === "CONFLICT") back(locale, "error=conflict");
      throw error;
    },
  });
}
