"use client";

import { useParams } from "next/navigation";
import { isLocale, type Locale } from "@/domain/locale";
import en from "../../../messages/en/error.json";
import nl from "../../../messages/nl/error.json";
import ru from "../../../messages/ru/error.json";
import uk from "../../../messages/uk/error.json";
import { Button } from "@/components/ui/button";

// The three strings of every locale (well under a kilobyte) ship with this boundary, so that no page
// needs next-intl's client provider, and its messages in the page payload, just in case one fails.
const textsByLocale: Record<Locale, typeof nl> = { nl, uk, en, ru };

// Shown when a page fails on the server; the details stay in the server log.
export default function LocalizedError({ reset }: { reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const t = textsByLocale[isLocale(locale) ? locale : "nl"];
  return (
    <div role="alert">
      <h1>{t.title}</h1>
      <p className="mt-4">{t.body}</p>
      <Button type="button" onClick={reset} className="mt-4">
        {t.retry}
      </Button>
    </div>
  );
}
