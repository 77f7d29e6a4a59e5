import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/locale-param";
import { requireActor } from "@/server/auth/current-actor";
import { SessionForm } from "../session-form";
import { sessionFormLabels } from "../session-form-labels";

// Always per request: the signed-in actor decides what is shown.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "sessionsAdmin.form" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewInfosessionPage({ params }: Props) {
  const locale = await resolveLocale(params);
  await requireActor(locale, "infosessions.manage");
  const t = await getTranslations({ locale, namespace: "sessionsAdmin.form" });
  const initial = {
    series: "SERIES_1",
    language: "uk",
    region: "FLANDERS",
    startsAtLocal: "",
    durationMinutes: "120",
    capacity: "40",
    meetingUrl: "",
  };
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <SessionForm
        pageLocale={locale}
        initialState={{ values: initial, errors: {}, version: 0 }}
        labels={await sessionFormLabels(locale, "create")}
      />
    </>
  );
}
