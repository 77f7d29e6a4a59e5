import { getLocale, getTranslations } from "next-intl/server";

// A plain link, as everywhere on the public pages: next-intl's Link and next/link are client
// components whose code (13 and 3 KiB) every page would download, since this boundary is in every page's tree.
export default async function LocalizedNotFound() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common.notFound")]);
  return (
    <div>
      <h1>{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <p className="mt-4">
        <a href={`/${locale}`}>{t("home")}</a>
      </p>
    </div>
  );
}
