import { getFormatter, getTranslations } from "next-intl/server";
import { displayTimeZone } from "@/domain/time/brussels";
import { listOutbox } from "@/server/mail/list-outbox";
import { DataTable } from "@/components/ui/data-table";
import { staffPage } from "../_page/staff-page";

const page = staffPage({ permission: "outbox.read", title: "sessionsAdmin.outbox.title" });
export const generateMetadata = page.metadata;

/** Development and support view of the outbox: what waits, what went, what gave up. */
export default page.render(async function OutboxPage({ locale, actor }) {
  const messages = await listOutbox(actor);
  const t = await getTranslations({ locale, namespace: "sessionsAdmin.outbox" });
  const format = await getFormatter();
  // Names, not codes: "registration-confirmed (nl)" and "PENDING" on screen were raw codes.
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "short", timeStyle: "medium", timeZone: displayTimeZone }) : "";
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-3">{t("intro")}</p>
      <DataTable
        label={t("title")}
        className="mt-4"
        dense
        empty={t("empty")}
        rows={messages}
        rowKey={(message) => message.id}
        columns={[
          { header: t("created"), cell: (message) => when(message.createdAt) },
          {
            header: t("template"),
            cell: (message) =>
              t("templateIn", {
                template: t.has(`templates.${message.template as "staff-invite"}`)
                  ? t(`templates.${message.template as "staff-invite"}`)
                  : message.template,
                language: languageNames.of(message.locale) ?? message.locale,
              }),
          },
          { header: t("to"), cell: (message) => message.toAddress },
          { header: t("status"), cell: (message) => t(`statuses.${message.status}`) },
          { header: t("attempts"), cell: (message) => message.attempts },
          {
            header: t("nextAttempt"),
            cell: (message) =>
              message.status === "PENDING" ? when(message.nextAttemptAt) : when(message.sentAt),
          },
          { header: t("lastError"), cell: (message) => message.lastError ?? "" },
        ]}
      />
    </>
  );
});
