import { getFormatter, getTranslations } from "next-intl/server";
import { calendarDate } from "@/domain/facts/iso-date";
import { isConfirmed, type Fact } from "@/domain/facts/fact";
import type { Locale } from "@/domain/locale";

/**
 * "Source: … (date) · Last checked: …" under a fact, so readers can see how fresh it is; a fact that is
 * not confirmed says so, instead of looking as certain as the others.
 */
export async function FactSource({ fact, locale }: { fact: Fact<unknown>; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common.facts" });
  const format = await getFormatter({ locale });
  const longDate = (iso: string) => format.dateTime(calendarDate(iso), { dateStyle: "long" });
  return (
    <p className="mt-2 text-sm text-slate-600" data-testid="fact-source">
      {!isConfirmed(fact) && <strong className="block text-amber-900">{t("unconfirmed")}</strong>}
      {t("source")}{" "}
      <a href={fact.source.url} rel="noopener">
        {fact.source.title[locale]}
      </a>
      {fact.source.publishedOn && ` (${longDate(fact.source.publishedOn)})`}
      {" · "}
      <span data-testid="fact-checked">{t("lastChecked", { date: longDate(fact.checkedOn) })}</span>
    </p>
  );
}

/** A Dutch domain term (OCMW, Groeipakket, NT2) in a page of another language, marked for screen readers. */
export function DutchTerm({ children }: { children: React.ReactNode }) {
  return (
    <span lang="nl" className="font-semibold">
      {children}
    </span>
  );
}
