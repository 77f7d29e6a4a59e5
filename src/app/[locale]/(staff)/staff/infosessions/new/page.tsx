import { getTranslations } from "next-intl/server";
import { SessionForm } from "../session-form";
import { sessionFormLabels } from "../session-form-labels";
import { staffPage } from "../../_page/staff-page";

const page = staffPage({ permission: "infosessions.manage", title: "sessionsAdmin.form.newTitle" });
export const generateMetadata = page.metadata;

export default page.render(async function NewInfosessionPage({ locale }) {
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
        initialState={{ status: "idle", values: initial }}
        labels={await sessionFormLabels(locale, "create")}
      />
    </>
  );
});
