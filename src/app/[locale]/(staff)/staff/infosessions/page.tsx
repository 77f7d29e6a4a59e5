import { getFormatter, getTranslations } from "next-intl/server";
import { localeEndonyms } from "@/domain/locale";
import { displayTimeZone } from "@/domain/time/brussels";
import { listSessionsForAdmin } from "@/server/infosessions/admin/read-sessions";
import { ScrollRegion } from "@/components/staff/scroll-region";
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
      {sessions.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <ScrollRegion label={t("title")} className="mt-4">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">
                  {t("when")}
                </th>
                <th scope="col" className="p-2">
                  {t("session")}
                </th>
                <th scope="col" className="p-2">
                  {t("language")}
                </th>
                <th scope="col" className="p-2">
                  {t("seats")}
                </th>
                <th scope="col" className="p-2">
                  {t("waitlist")}
                </th>
                <th scope="col" className="p-2">
                  {t("status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} className="border-b border-slate-200">
                  <td className="p-2">
                    <a href={`/${locale}/staff/infosessions/${session.id}`}>
                      {format.dateTime(session.startsAt, {
                        dateStyle: "medium",
                        timeStyle: "short",
                        timeZone: displayTimeZone,
                      })}
                    </a>
                  </td>
                  <td className="p-2">
                    {publicT("sessionTitle", { region: session.region, series: session.series })}
                  </td>
                  <td className="p-2">{localeEndonyms[session.language]}</td>
                  <td className="p-2">
                    {session.seatsTaken} / {session.capacity}
                  </td>
                  <td className="p-2">{session.waitlistSeats}</td>
                  <td className="p-2">{session.status === "CANCELLED" ? t("cancelledBadge") : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
});
