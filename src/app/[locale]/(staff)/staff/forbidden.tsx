import { getLocale, getTranslations } from "next-intl/server";

// Rendered with status 403 when requireActor refuses a permission (next/navigation forbidden()).
export default async function StaffForbidden() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "staff.forbidden" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <p className="mt-4">
        <a href={`/${locale}/staff`}>{t("back")}</a>
      </p>
    </>
  );
}
