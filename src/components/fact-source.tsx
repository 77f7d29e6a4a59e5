import { getFormatter, getTranslations } from "next-intl/server";
import type { Fact } from "@/domain/facts/fact";

/** "Source: … · Last checked: …" under a fact, so readers can see how fresh it is. */
export async function FactSource({ fact }: { fact: Fact<unknown> }) {
  const t = await getTranslations("common.facts");
  const format = await getFormatter();
  return (
    <p className="mt-2 text-sm text-slate-600">
      {t("source")}{" "}
      <a href={fact.source.url} rel="noopener">
        {fact.source.label}
      </a>
      {" · "}
      {t("lastChecked", { date: format.dateTime(new Date(`${fact.checkedOn}T12:00:00Z`), { dateStyle: "long" }) })}
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
