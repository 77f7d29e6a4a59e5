import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/domain/locale";
import { alternatesFor } from "@/i18n/metadata";

type InfoArea =
  "home" | "status" | "rights" | "integration" | "brussels" | "materials" | "interpreting" | "about";

/** Title and alternates for an info page whose message area has `title` and `description`. */
export async function infoPageMetadata(locale: Locale, area: InfoArea, path: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: area });
  return { title: t("title"), description: t("description"), alternates: alternatesFor(locale, path) };
}
