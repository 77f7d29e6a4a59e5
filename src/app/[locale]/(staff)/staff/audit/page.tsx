import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { auditActions, auditFilterInput, type AuditFilter } from "@/domain/audit-filter";
import { listAuditActors, listAuditEvents } from "@/server/audit-log/list-audit-events";
import { DataTable } from "@/components/ui/data-table";
import { staffPage } from "../_page/staff-page";

const emptyFilter: AuditFilter = {
  actor: undefined,
  action: undefined,
  entityType: undefined,
  entityId: undefined,
  page: 1,
};

const page = staffPage({ permission: "audit.read", title: "staff.audit.title" });
export const generateMetadata = page.metadata;

export default page.render(async function AuditPage({ locale, actor, searchParams }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  const format = await getFormatter({ locale });
  const raw = Object.fromEntries(
    Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = auditFilterInput.safeParse(raw);
  const filter = parsed.success ? parsed.data : emptyFilter;
  const validation = await getTranslations({ locale, namespace: "common.validation" });
  const invalidDate = parsed.success ? [] : [validation("invalidDate")];
  const [{ events, total, pages }, actors] = await Promise.all([
    listAuditEvents(actor, filter),
    listAuditActors(actor),
  ]);
  const nameOf = new Map(actors.map((user) => [user.id, user.name]));
  const pageLink = (page: number) =>
    `?${new URLSearchParams({
      ...Object.fromEntries(
        Object.entries(filter)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => [key, String(value)]),
      ),
      page: String(page),
    })}`;
  const selectClass = "rounded border-2 border-slate-600 px-3 py-2";
  return (
    <>
      <h1>{t("audit.title")}</h1>
      <p className="mt-3">{t("audit.intro")}</p>
      <form
        method="get"
        className="mt-4 rounded border border-slate-300 p-4"
        role="search"
        aria-label={t("audit.filters")}
      >
        <div className="grid gap-x-4 sm:grid-cols-2">
          <div className="mt-4 flex flex-col gap-1">
            <label htmlFor="filter-actor" className="font-semibold">
              {t("audit.who")}
            </label>
            <select id="filter-actor" name="actor" defaultValue={filter.actor ?? ""} className={selectClass}>
              <option value="">{t("audit.anyone")}</option>
              {actors.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </select>
          </div>
          <div className="mt-4 flex flex-col gap-1">
            <label htmlFor="filter-action" className="font-semibold">
              {t("audit.action")}
            </label>
            <select
              id="filter-action"
              name="action"
              defaultValue={filter.action ?? ""}
              className={selectClass}
            >
              <option value="">{t("audit.anyAction")}</option>
              {auditActions.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          </div>
          <TextField
            type="text"
            name="entityType"
            label={t("audit.entityType")}
            defaultValue={filter.entityType ?? ""}
          />
          <TextField
            type="text"
            name="entityId"
            label={t("audit.entityId")}
            defaultValue={filter.entityId ?? ""}
          />
          <TextField
            name="from"
            type="date"
            label={t("audit.from")}
            defaultValue={filter.from ?? ""}
            errors={invalidDate}
          />
          <TextField name="to" type="date" label={t("audit.to")} defaultValue={filter.to ?? ""} />
        </div>
        <div className="flex flex-wrap items-baseline gap-4">
          <Button type="submit" className="mt-4">
            {t("audit.apply")}
          </Button>
          <a href={`/${locale}/staff/audit`}>{t("audit.clear")}</a>
        </div>
      </form>

      <p className="mt-6 font-semibold" role="status">
        {t("audit.results", { total })}
      </p>
      <DataTable
        label={t("audit.title")}
        className="mt-3"
        dense
        empty={t("audit.none")}
        rows={events}
        rowKey={(event) => event.id}
        columns={[
          {
            header: t("audit.at"),
            className: "whitespace-nowrap",
            cell: (event) => format.dateTime(event.at, { dateStyle: "short", timeStyle: "medium" }),
          },
          {
            header: t("audit.who"),
            cell: (event) => (
              <>
                {event.actorUserId ? (nameOf.get(event.actorUserId) ?? event.actorUserId) : t("audit.system")}
                {event.actorRole && (
                  <span className="block text-slate-700">{t(`roles.${event.actorRole}`)}</span>
                )}
              </>
            ),
          },
          { header: t("audit.what"), cell: (event) => event.action },
          {
            header: t("audit.record"),
            className: "break-all",
            cell: (event) => (
              <>
                {event.entityType}
                {event.entityId && <span className="block text-slate-700">{event.entityId}</span>}
              </>
            ),
          },
          {
            header: t("audit.detail"),
            className: "break-all",
            cell: (event) => <code>{event.detail === null ? "" : JSON.stringify(event.detail)}</code>,
          },
        ]}
      />
      {pages > 1 && (
        <nav aria-label={t("audit.pagination")} className="mt-4 flex flex-wrap items-center gap-4">
          {filter.page > 1 && <a href={pageLink(filter.page - 1)}>{t("audit.previous")}</a>}
          <span>{t("audit.page", { page: filter.page, pages })}</span>
          {filter.page < pages && <a href={pageLink(filter.page + 1)}>{t("audit.next")}</a>}
        </nav>
      )}
    </>
  );
});
