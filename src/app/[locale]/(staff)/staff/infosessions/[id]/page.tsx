import { getFormatter, getTranslations } from "next-intl/server";
import { displayTimeZone, toBrusselsLocal } from "@/domain/time/brussels";
import { sessionDetailForAdmin } from "@/server/infosessions/admin/read-sessions";
import { errorMessage } from "@/server/infosessions/error-messages";
import { cancelSessionAction, markAttendanceAction } from "../actions";
import { SessionForm } from "../session-form";
import { sessionFormLabels } from "../session-form-labels";
import { ScrollRegion } from "@/components/staff/scroll-region";
import { orNotFound, staffPage } from "../../_page/staff-page";
import { Button } from "@/components/ui/button";

type Detail = Awaited<ReturnType<typeof sessionDetailForAdmin>>;
type Row = Detail["confirmed"][number];

const page = staffPage<{ id: string }>({
  permission: "infosessions.manage",
  title: "sessionsAdmin.list.title",
});
export const generateMetadata = page.metadata;

export default page.render(async function StaffInfosessionPage({
  locale,
  actor,
  params: { id },
  searchParams: query,
}) {
  const detail = await orNotFound(sessionDetailForAdmin(actor, id));
  const t = await getTranslations({ locale, namespace: "sessionsAdmin" });
  const publicT = await getTranslations({ locale, namespace: "infosessions" });
  const format = await getFormatter();
  const { session } = detail;
  const title = publicT("sessionTitle", { region: session.region, series: session.series });
  const done =
    query.done === "created"
      ? t("form.created")
      : query.done === "saved"
        ? t("form.saved")
        : query.done === "cancelled"
          ? t("detail.cancelled", { count: Number(query.notified ?? 0) })
          : undefined;
  const error = typeof query.error === "string" ? errorMessage(locale, query.error) : undefined;
  const hidden = (registrationId: string) => (
    <>
      <input type="hidden" name="pageLocale" value={locale} />
      <input type="hidden" name="sessionId" value={session.id} />
      <input type="hidden" name="registrationId" value={registrationId} />
    </>
  );
  const table = (rows: Row[], withAttendance: boolean, caption: string) =>
    rows.length === 0 ? (
      <p className="mt-2">{t("detail.none")}</p>
    ) : (
      <ScrollRegion label={caption} className="mt-2">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2">
                {t("detail.position")}
              </th>
              <th scope="col" className="p-2">
                {t("detail.contact")}
              </th>
              <th scope="col" className="p-2">
                {t("detail.people")}
              </th>
              <th scope="col" className="p-2">
                {t("detail.locale")}
              </th>
              <th scope="col" className="p-2">
                {t("detail.status")}
              </th>
              {withAttendance ? (
                <th scope="col" className="p-2">
                  {t("detail.attendance")}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.id} className="border-b border-slate-200 align-top">
                <td className="p-2">{index + 1}</td>
                <td className="p-2">
                  {row.contactName}
                  <br />
                  {row.contactEmail ?? ""} {row.contactPhone ?? ""}
                  <br />
                  <span className="text-sm text-slate-700">
                    {publicT(`register.registrantType.${row.registrantType}`)}
                  </span>
                </td>
                <td className="p-2">
                  {row.attendees
                    .map((attendee) => `${attendee.firstName} (${attendee.birthYear})`)
                    .join(", ")}
                </td>
                <td className="p-2">{row.locale}</td>
                <td className="p-2">{publicT(`manage.statusValue.${row.status}`)}</td>
                {withAttendance ? (
                  <td className="p-2">
                    <form action={markAttendanceAction} className="flex flex-wrap gap-2">
                      {hidden(row.id)}
                      <Button
                        type="submit"
                        name="outcome"
                        value="ATTENDED"
                        aria-pressed={row.status === "ATTENDED"}
                        variant="secondary"
                        size="small"
                      >
                        {t("detail.markAttended")}
                      </Button>
                      <Button
                        type="submit"
                        name="outcome"
                        value="NO_SHOW"
                        aria-pressed={row.status === "NO_SHOW"}
                        variant="secondary"
                        size="small"
                      >
                        {t("detail.markNoShow")}
                      </Button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    );
  return (
    <>
      <h1>
        {t("detail.title", {
          title,
          date: format.dateTime(session.startsAt, {
            dateStyle: "full",
            timeStyle: "short",
            timeZone: displayTimeZone,
          }),
        })}
      </h1>
      {done ? (
        <p role="status" className="mt-4 rounded border-2 border-green-700 bg-green-50 p-3 font-semibold">
          {done}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-3 font-semibold">
          {error}
        </p>
      ) : null}
      <p className="mt-4">{t("detail.seats", { taken: session.seatsTaken, capacity: session.capacity })}</p>
      <p className="mt-2 flex flex-wrap gap-4">
        <a href={`/${locale}/staff/infosessions/${session.id}/export`}>{t("detail.export")}</a>
        <a href={`/${locale}/staff/infosessions`}>{t("detail.back")}</a>
      </p>

      <h2 id="registrations">{t("detail.registrations")}</h2>
      {table(detail.confirmed, true, t("detail.registrations"))}
      <h2>{t("detail.waitlist")}</h2>
      {table(detail.waitlist, false, t("detail.waitlist"))}
      <h2>{t("detail.cancelledRegistrations")}</h2>
      {table(detail.cancelled, false, t("detail.cancelledRegistrations"))}

      {session.status === "SCHEDULED" ? (
        <>
          <h2>{t("form.editHeading")}</h2>
          <SessionForm
            pageLocale={locale}
            id={session.id}
            version={session.version}
            labels={await sessionFormLabels(locale, "save")}
            initialState={{
              values: {
                series: session.series,
                language: session.language,
                region: session.region,
                startsAtLocal: toBrusselsLocal(session.startsAt),
                durationMinutes: String(
                  Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000),
                ),
                capacity: String(session.capacity),
                meetingUrl: session.meetingUrl,
              },
              errors: {},
              version: 0,
            }}
          />
          <section id="cancel" aria-labelledby="cancel-heading">
            <h2 id="cancel-heading">{t("detail.cancelHeading")}</h2>
            <p className="mt-2">{t("detail.cancelBody")}</p>
            <form action={cancelSessionAction} className="mt-3 grid gap-3">
              <input type="hidden" name="pageLocale" value={locale} />
              <input type="hidden" name="id" value={session.id} />
              <label className="flex items-center gap-2">
                <input type="checkbox" name="confirm" value="yes" className="size-5" />
                {t("detail.cancelConfirm")}
              </label>
              <Button type="submit" variant="danger" className="justify-self-start">
                {t("detail.cancelSubmit")}
              </Button>
            </form>
          </section>
        </>
      ) : null}
    </>
  );
});
