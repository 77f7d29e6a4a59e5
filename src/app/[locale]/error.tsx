"use client";

import { useTranslations } from "next-intl";

// Shown when a page fails on the server; the details stay in the server log.
export default function LocalizedError({ reset }: { reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div role="alert">
      <h1>{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
