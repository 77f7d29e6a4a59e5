"use server";

import { redirect } from "next/navigation";
import { factChangeInput } from "@/domain/facts/fact-change";
import { locales } from "@/domain/locale";
import { requireActor } from "@/server/auth/current-actor";
import { AppError } from "@/server/errors";
import { changeFact } from "@/server/facts/change-fact";
import { staffLocale } from "../staff-locale";

export type FactFormValues = {
  value: string;
  titles: Record<string, string>;
  url: string;
  publishedOn: string;
  confidence: string;
};
export type FactFormState = {
  values: FactFormValues;
  error?: "invalidJson" | "invalidValue" | "invalidSource" | "stale";
  issues?: string[];
};

const text = (form: FormData, name: string, max: number) => String(form.get(name) ?? "").slice(0, max);

/** Publish a new value: everything the editor typed comes back on any refusal, with the reason. */
export async function editFactAction(
  localeArg: string,
  factId: string,
  expectedVersion: number,
  _previous: FactFormState,
  form: FormData,
): Promise<FactFormState> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, "facts.manage");
  const values: FactFormValues = {
    value: text(form, "value", 20_000),
    titles: Object.fromEntries(locales.map((code) => [code, text(form, `title-${code}`, 300)])),
    url: text(form, "url", 500).trim(),
    publishedOn: text(form, "publishedOn", 10).trim(),
    confidence: text(form, "confidence", 10),
  };
  let value: unknown;
  try {
    value = JSON.parse(values.value);
  } catch {
    return { values, error: "invalidJson" };
  }
  const parsed = factChangeInput.safeParse({
    kind: "edit",
    factId,
    expectedVersion,
    value,
    source: { title: values.titles, url: values.url, publishedOn: values.publishedOn || null },
    confidence: values.confidence,
  });
  if (!parsed.success) return { values, error: "invalidSource" };
  try {
    await changeFact(actor, parsed.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_INPUT")
      return { values, error: "invalidValue", issues: error.details?.value ?? [] };
    if (error instanceof AppError && error.code === "STALE_EDIT") return { values, error: "stale" };
    throw error;
  }
  redirect(`/${locale}/staff/facts?fact=${factId}&saved=1`);
}

/** "Checked today" and "revert this change": one button each, the outcome shown after a redirect. */
export async function markCheckedAction(localeArg: string, form: FormData): Promise<void> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, "facts.manage");
  const parsed = factChangeInput.safeParse({
    kind: "checked",
    factId: form.get("factId"),
    expectedVersion: form.get("expectedVersion"),
  });
  if (!parsed.success) redirect(`/${locale}/staff/facts`);
  redirect(
    `/${locale}/staff/facts?fact=${parsed.data.factId}&${await outcomeOf(() => changeFact(actor, parsed.data))}`,
  );
}

export async function revertAction(localeArg: string, form: FormData): Promise<void> {
  const locale = staffLocale(localeArg);
  const actor = await requireActor(locale, "facts.manage");
  const parsed = factChangeInput.safeParse({
    kind: "revert",
    factId: form.get("factId"),
    expectedVersion: form.get("expectedVersion"),
    versionNumber: form.get("versionNumber"),
  });
  if (!parsed.success) redirect(`/${locale}/staff/facts`);
  redirect(
    `/${locale}/staff/facts?fact=${parsed.data.factId}&${await outcomeOf(() => changeFact(actor, parsed.data))}`,
  );
}

async function outcomeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "saved=1";
  } catch (error) {
    if (error instanceof AppError && error.code === "STALE_EDIT") return "error=stale";
    if (error instanceof AppError && error.code === "NOT_FOUND") return "error=notFound";
    if (error instanceof AppError && error.code === "CONFLICT") return "error=conflict";
    throw error;
  }
}
