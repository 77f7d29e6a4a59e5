import { getTranslations } from "next-intl/server";
import { sessionDescription } from "@/components/infosessions/session-choices";
import { DataTable } from "@/components/ui/data-table";
import type { Locale } from "@/domain/locale";
import type { TaskList } from "@/server/overview/task-list";
import { formatDate, formatDateTime, fullName } from "./_cases/format";

/** The staff home page's "to do": one table per kind of work waiting, only those that have rows. */
export async function TaskListSections({ locale, tasks }: { locale: Locale; tasks: TaskList }) {
  const t = await getTranslations({ locale, namespace: "staff.dashboard.tasks" });
  const tc = await getTranslations({ locale, namespace: "cases" });
  const base = `/${locale}/staff`;
  const sessionNames = new Map(
    await Promise.all(
      [...(tasks.sessions?.startingSoon ?? []), ...(tasks.sessions?.waitingLists ?? [])].map(
        async (session) => [session.id, await sessionDescription(locale, session)] as const,
      ),
    ),
  );
  const sessionLink = (session: { id: string }) => (
    <a href={`${base}/infosessions/${session.id}`}>{sessionNames.get(session.id)}</a>
  );
  const sections = [
    tasks.followUps.length > 0 && (
      <DataTable
        key="follow-ups"
        label={t("followUps", { count: tasks.followUps.length })}
        caption={t("followUps", { count: tasks.followUps.length })}
        rows={tasks.followUps}
        rowKey={(row) => row.id}
        columns={[
          { header: t("person"), rowHeader: true, cell: (row) => personLink(base, row.person) },
          {
            header: t("due"),
            cell: (row) => (
              <time dateTime={row.dueOn.toISOString().slice(0, 10)}>{formatDate(locale, row.dueOn)}</time>
            ),
          },
          {
            header: t("state"),
            cell: (row) =>
              row.overdue ? <strong className="text-red-800">{t("overdue")}</strong> : t("dueSoon"),
          },
          {
            header: <span className="sr-only">{t("openIntake")}</span>,
            cell: (row) =>
              row.intakeId && (
                <a href={`${base}/intakes/${row.intakeId}?step=follow-up`}>{t("openIntake")}</a>
              ),
          },
        ]}
      />
    ),
    tasks.draftIntakes.length > 0 && (
      <DataTable
        key="drafts"
        label={t("drafts", { count: tasks.draftIntakes.length })}
        caption={t("drafts", { count: tasks.draftIntakes.length })}
        rows={tasks.draftIntakes}
        rowKey={(row) => row.id}
        columns={[
          { header: t("person"), rowHeader: true, cell: (row) => personLink(base, row.person) },
          { header: t("conductedOn"), cell: (row) => formatDate(locale, row.conductedOn) },
          {
            header: <span className="sr-only">{t("continueIntake")}</span>,
            cell: (row) => <a href={`${base}/intakes/${row.id}`}>{t("continueIntake")}</a>,
          },
        ]}
      />
    ),
    tasks.referralAnswers.length > 0 && (
      <DataTable
        key="answers"
        label={t("answers", { count: tasks.referralAnswers.length })}
        caption={t("answers", { count: tasks.referralAnswers.length })}
        rows={tasks.referralAnswers}
        rowKey={(row) => row.id}
        columns={[
          { header: t("person"), rowHeader: true, cell: (row) => personLink(base, row.person) },
          {
            header: t("referral"),
            cell: (row) => <a href={`${base}/referrals/${row.id}`}>{tc(`referralType.${row.type}`)}</a>,
          },
          { header: t("provider"), cell: (row) => row.targetOrganisation?.name ?? "–" },
          {
            header: t("state"),
            cell: (row) =>
              row.status === "DECLINED" ? (
                <strong className="text-red-800">{tc(`referralStatus.${row.status}`)}</strong>
              ) : (
                tc(`referralStatus.${row.status}`)
              ),
          },
          { header: t("answeredOn"), cell: (row) => formatDate(locale, row.updatedAt) },
          {
            header: <span className="sr-only">{t("referAgain")}</span>,
            cell: (row) =>
              row.status === "DECLINED" &&
              row.type === "NT2" && (
                <a href={`${base}/referrals/new?personId=${row.person.id}`}>{t("referAgain")}</a>
              ),
          },
        ]}
      />
    ),
    tasks.suggestedReferrals.length > 0 && (
      <DataTable
        key="suggested-referrals"
        label={t("suggested", { count: tasks.suggestedReferrals.length })}
        caption={t("suggested", { count: tasks.suggestedReferrals.length })}
        rows={tasks.suggestedReferrals}
        rowKey={(row) => row.id}
        columns={[
          { header: t("person"), rowHeader: true, cell: (row) => personLink(base, row.person) },
          { header: t("referral"), cell: (row) => tc(`referralType.${row.type}`) },
          { header: t("suggestedOn"), cell: (row) => formatDate(locale, row.createdAt) },
          {
            header: <span className="sr-only">{t("sendReferral")}</span>,
            cell: (row) => <a href={`${base}/referrals/${row.id}`}>{t("sendReferral")}</a>,
          },
        ]}
      />
    ),
    tasks.newReferrals.length > 0 && (
      <DataTable
        key="new-referrals"
        label={t("newReferrals", { count: tasks.newReferrals.length })}
        caption={t("newReferrals", { count: tasks.newReferrals.length })}
        rows={tasks.newReferrals}
        rowKey={(row) => row.id}
        columns={[
          {
            header: t("person"),
            rowHeader: true,
            cell: (row) => <a href={`${base}/referrals/${row.id}`}>{fullName(row.person)}</a>,
          },
          { header: t("referral"), cell: (row) => tc(`referralType.${row.type}`) },
          { header: t("receivedOn"), cell: (row) => formatDate(locale, row.createdAt) },
        ]}
      />
    ),
    tasks.sessions && tasks.sessions.startingSoon.length > 0 && (
      <DataTable
        key="starting-soon"
        label={t("startingSoon", { count: tasks.sessions.startingSoon.length })}
        caption={t("startingSoon", { count: tasks.sessions.startingSoon.length })}
        rows={tasks.sessions.startingSoon}
        rowKey={(row) => row.id}
        columns={[
          { header: t("session"), rowHeader: true, cell: sessionLink },
          { header: t("startsAt"), cell: (row) => formatDateTime(locale, row.startsAt) },
          {
            header: t("places"),
            className: "text-right tabular-nums",
            cell: (row) => `${row.seatsTaken} / ${row.capacity}`,
          },
        ]}
      />
    ),
    tasks.sessions && tasks.sessions.waitingLists.length > 0 && (
      <DataTable
        key="waiting-lists"
        label={t("waitingLists", { count: tasks.sessions.waitingLists.length })}
        caption={t("waitingLists", { count: tasks.sessions.waitingLists.length })}
        rows={tasks.sessions.waitingLists}
        rowKey={(row) => row.id}
        columns={[
          { header: t("session"), rowHeader: true, cell: sessionLink },
          { header: t("waiting"), className: "text-right tabular-nums", cell: (row) => row.waitingSeats },
        ]}
      />
    ),
  ].filter(Boolean);
  return (
    <section aria-labelledby="tasks-heading" data-testid="task-list" className="mt-6 space-y-6">
      <h2 id="tasks-heading">{t("heading")}</h2>
      {sections.length === 0 ? <p>{t("nothing")}</p> : sections}
    </section>
  );
}

const personLink = (base: string, person: { id: string; firstName: string; lastName: string }) => (
  <a href={`${base}/persons/${person.id}`}>{fullName(person)}</a>
);
