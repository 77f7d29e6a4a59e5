import { getFormatter, getTranslations } from "next-intl/server";
import { displayTimeZone, toBrusselsLocal } from "@/domain/time/brussels";
import { sessionDetailForAdmin } from "@/server/infosessions/admin/read-sessions";
import { unreachedRegistrants } from "@/server/infosessions/admin/unreached-registrants";
import { outcomeText } from "@/i18n/error-text";
import { cancelSessionAction, recordAttendanceAction } from "../actions";
import { giveWaitlistPlaceAction } from "../waitlist-actions";
import { SessionForm } from "../session-form";
import { sessionFormLabels } from "../session-form-labels";
import { DataTable, type Column } from "@/components/ui/data-table";
import { orNotFound, staffPage } from "../../_page/staff-page";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { languageName } from "@/components/infosessions/session-choices";

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
  const callList = await unreachedRegistrants(actor, id);
  const t = await getTranslations({ locale, namespace: "sessionsAdmin" });
  const publicT = await getTranslations({ locale, namespace: "infosessions" });
  const format = await getFormatter();
  const { session } = detail;
  const title = publicT("sessionTitle", { region: session.region, series: session.series });
  const done =
    query.done === "created"
      ? t("form.created")
      : query.done === "saved"
        ? Number(query.unreached ?? 0) > 0
          ? `${t("form.saved")} ${t("callList.movedSummary", { count: Number(query.unreached) })}`
          : t("form.saved")
        : query.done === "cancelled"
          ? Number(query.unreached ?? 0) > 0
            ? t("callList.summary", {
                notified: Number(query.notified ?? 0),
                unreached: Number(query.unreached ?? 0),
              })
            : t("detail.cancelled", { count: Number(query.notified ?? 0) })
          : query.done === "placeGiven"
            ? t("detail.placeGiven", { added: Number(query.added ?? 0) })
            : undefined;
  const error = typeof query.error === "string" ? await outcomeText(locale, query.error) : undefined;
  // An outcome about one part of the page shows in that part (`at`, the same name as the redirect's
  // #fragment, which takes the reader there with the top of the page out of sight); else at the top.
  const scheduled = session.status === "SCHEDULED";
  const parts = [
    "registrations",
    ...(callList.registrants.length > 0 ? ["call-list"] : []),
    ...(scheduled ? ["cancel"] : []),
  ];
  const outcomeAt = typeof query.at === "string" && parts.includes(query.at) ? query.at : "top";
  const outcome = (place: string) =>
    outcomeAt === place ? (
      <>
        {done ? <Notice kind="done">{done}</Notice> : null}
        {error ? <Notice kind="error">{error}</Notice> : null}
      </>
    ) : null;
  const hidden = (registrationId: string) => (
    <>
      <input type="hidden" name="sessionId" value={session.id} />
      <input type="hidden" name="registrationId" value={registrationId} />
    </>
  );
  const columns: Column<Row>[] = [
    { header: t("detail.position"), cell: (_row, index) => index + 1 },
    {
      header: t("detail.contact"),
      cell: (row) => (
        <>
          {row.contactName}
          <br />
          {row.contactEmail ?? ""} {row.contactPhone ?? ""}
          <br />
          <span className="text-sm text-slate-700">
            {publicT(`register.registrantType.${row.registrantType}`)}
          </span>
        </>
      ),
    },
    {
      header: t("detail.people"),
      cell: (row) =>
        row.attendees.map((attendee) => `${attendee.firstName} (${attendee.birthYear})`).join(", "),
    },
    { header: t("detail.locale"), cell: (row) => languageName(locale, row.locale) },
    { header: t("detail.status"), cell: (row) => publicT(`manage.statusValue.${row.status}`) },
  ];
  // One checkbox per person, all saved at once: a household is not one click, and 40 people are one save.
  const attendance: Column<Row> = {
    header: t("detail.attendance"),
    cell: (row) => (
      <ul className="grid gap-1">
        {row.attendees.map((attendee) => (
          <li key={attendee.id}>
            <input type="hidden" name="attendee" value={attendee.id} />
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                name="present"
                value={attendee.id}
                defaultChecked={attendee.present ?? row.status === "ATTENDED"}
                className="size-5"
              />
              {t("detail.came", { name: attendee.firstName })}
            </label>
          </li>
        ))}
      </ul>
    ),
  };
  const givePlace: Column<Row> = {
    header: t("detail.givePlaceHeader"),
    cell: (row) => (
      <form action={giveWaitlistPlaceAction.bind(null, locale)}>
        {hidden(row.id)}
        <Button type="submit" variant="secondary" size="small">
          {t("detail.givePlace")}
        </Button>
      </form>
    ),
  };
  // Attendance is offered once the session has begun: before, the buttons could only be refused.
  const started = session.startsAt.getTime() <= Date.now();
  const table = (rows: Row[], extra: Column<Row> | null, caption: string) => (
    <DataTable
      label={caption}
      className="mt-2"
      empty={t("detail.none")}
      rows={rows}
      rowKey={(row) => row.id}
      columns={extra ? [...columns, extra] : columns}
    />
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
      {outcome("top")}
      <p className="mt-4">{t("detail.seats", { taken: session.seatsTaken, capacity: session.capacity })}</p>
      <p className="mt-2 flex flex-wrap gap-4">
        <a href={`/${locale}/staff/infosessions/${session.id}/export`}>{t("detail.export")}</a>
        <a href={`/${locale}/staff/infosessions`}>{t("detail.back")}</a>
      </p>

      {callList.registrants.length > 0 ? (
        <section id="call-list" aria-labelledby="call-list-heading">
          <h2 id="call-list-heading">{t("callList.heading")}</h2>
          {outcome("call-list")}
          <p className="mt-2">{t(callList.kind === "moved" ? "callList.introMoved" : "callList.intro")}</p>
          <DataTable
            label={t("callList.heading")}
            className="mt-2"
            rows={callList.registrants}
            rowKey={(row) => row.id}
            columns={[
              { header: t("callList.name"), cell: (row) => row.contactName, rowHeader: true },
              {
                header: t("callList.phone"),
                cell: (row) =>
                  row.contactPhone ? (
                    <a href={`tel:${row.contactPhone.replace(/[^0-9+]/g, "")}`}>{row.contactPhone}</a>
                  ) : (
                    t("callList.noPhone")
                  ),
              },
              { header: t("detail.people"), cell: (row) => row.seats, className: "tabular-nums" },
              { header: t("detail.locale"), cell: (row) => languageName(locale, row.locale) },
              { header: t("callList.reason"), cell: (row) => t(`callList.reasons.${row.reason}`) },
              { header: t("callList.registeredBy"), cell: (row) => row.registeredBy?.name ?? "" },
            ]}
          />
        </section>
      ) : null}

      <h2 id="registrations">{t("detail.registrations")}</h2>
      {outcome("registrations")}
      {started ? null : <p className="mt-2">{t("detail.attendanceLater")}</p>}
      {started && detail.confirmed.length > 0 ? (
        <form action={recordAttendanceAction.bind(null, locale)}>
          <input type="hidden" name="sessionId" value={session.id} />
          {table(detail.confirmed, attendance, t("detail.registrations"))}
          <p className="mt-3 flex flex-wrap gap-3">
            <Button type="submit">{t("detail.saveAttendance")}</Button>
            <Button type="submit" name="intent" value="everyone" variant="secondary">
              {t("detail.everyoneCame")}
            </Button>
          </p>
        </form>
      ) : (
        table(detail.confirmed, null, t("detail.registrations"))
      )}
      <h2>{t("detail.waitlist")}</h2>
      {scheduled && detail.waitlist.length > 0 ? <p className="mt-2">{t("detail.givePlaceHint")}</p> : null}
      {table(detail.waitlist, scheduled ? givePlace : null, t("detail.waitlist"))}
      <h2>{t("detail.cancelledRegistrations")}</h2>
      {table(detail.cancelled, null, t("detail.cancelledRegistrations"))}

      {scheduled ? (
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
              status: "idle",
            }}
          />
          <section id="cancel" aria-labelledby="cancel-heading">
            <h2 id="cancel-heading">{t("detail.cancelHeading")}</h2>
            {outcome("cancel")}
            <p className="mt-2">{t("detail.cancelBody")}</p>
            <form action={cancelSessionAction.bind(null, locale)} className="mt-3 grid gap-3">
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
