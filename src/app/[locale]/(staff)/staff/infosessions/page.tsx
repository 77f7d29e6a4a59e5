import { getFormatter, getTranslations } from "next-intl/server";
import { localeEndonyms } from "@/domain/locale";
import { displayTimeZone } from "@/domain/time/brussels";
import { listSessionsForAdmin } from "@/server/infosessions/admin/read-sessions";
import { DataTable } from "@/components/ui/data-table";
import { staffPage } from "../_page/staff-page";
import { primaryLinkClass } from "@/components/ui/button";

const page = staffPage({ permission: "infosessions.manage", title: "sessionsAdmin.list.title" });
export const generateMetadata = page.metadata;

export default page.render(async function StaffInfosessionsPage({ locale, actor, searchParams }) {
  const includePast = searchParams.past === "1";
  const sessions = await listSessionsForAdmin(actor, { includePast });
  const t = await getTranslations({ locale, namespace: "sessionsAdmin.list" });
  const publicT = await getTranslations({ locale, namespace: "infosessions" });
  const format = await getFormatter();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-4 flex flex-wrap gap-4">
        <a href={`/${locale}/staff/infosessions/new`} className={primaryLinkClass()}>
          {t("new")}
        </a>
        {includePast ? null : <a href={`/${locale}/staff/infosessions?past=1`}>{t("showPast")}</a>}
      </p>
      <DataTable
        label={t("title")}
        className="mt-4"
        empty={t("empty")}
        rows={sessions}
        rowKey={(session) => session.id}
        columns={[
          {
            header: t("when"),
            cell: (session) => (
              <a href={`/${locale}/staff/infosessions/${session.id}`}>
                {format.dateTime(session.startsAt, {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: displayTimeZone,
                })}
              </a>
            ),
          },
          {
            header: t("session"),
            cell: (session) => publicT("sessionTitle", { region: session.region, series: session.series }),
          },
          { header: t("language"), cell: (session) => localeEndonyms[session.language] },
          { header: t("seats"), cell: (session) => `${session.seatsTaken} / ${session.capacity}` },
          { header: t("waitlist"), cell: (session) => session.waitlistSeats },
          {
            header: t("status"),
            cell: (session) => (session.status === "CANCELLED" ? t("cancelledBadge") : ""),
          },
        ]}
      />
    </>
  );
});
