import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function LocalizedNotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <div>
      <h1>{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <p className="mt-4">
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
