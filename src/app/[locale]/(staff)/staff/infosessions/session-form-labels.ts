import "server-only";
import { getTranslations } from "next-intl/server";
import { infosessionSeries, regions } from "@/domain/infosessions/topics";
import { localeEndonyms, locales, type Locale } from "@/domain/locale";
import type { SessionFormLabels } from "./session-form";

export async function sessionFormLabels(
  locale: Locale,
  submit: "create" | "save",
): Promise<SessionFormLabels> {
  const t = await getTranslations({ locale, namespace: "sessionsAdmin.form" });
  const publicT = await getTranslations({ locale, namespace: "infosessions" });
  return {
    series: t("series"),
    language: t("language"),
    region: t("region"),
    startsAt: t("startsAt"),
    duration: t("duration"),
    capacity: t("capacity"),
    meetingUrl: t("meetingUrl"),
    meetingHint: t("meetingHint"),
    submit: t(submit),
    seriesOptions: infosessionSeries.map((value) => ({ value, label: publicT(`seriesName.${value}`) })),
    languageOptions: locales.map((value) => ({ value, label: localeEndonyms[value] })),
    regionOptions: regions.map((value) => ({ value, label: publicT(`regionName.${value}`) })),
  };
}
