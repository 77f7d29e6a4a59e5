import { getFormatter, getTranslations } from "next-intl/server";
import { displayTimeZone } from "@/domain/time/brussels";
import { listOutbox } from "@/server/mail/list-outbox";
import { ScrollRegion } from "@/components/staff/scroll-region";
import { staffPage } from "../_page/staff-page";

const page = staffPage({ permission: "outbox.read", title: "sessionsAdmin.outbox.title" });
export const generateMetadata = page.metadata;

/** Development and support view of the outbox: what waits, what went, what gave up. */
export default page.render(async function OutboxPage({ locale, actor }) {
  const messages = await listOutbox(actor);
  const t = await getTranslations({ locale, namespace: "sessionsAdmin.outbox" });
  const format = await getFormatter();
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "short", timeStyle: "medium", timeZone: displayTimeZone }) : "";
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-3">{t("intro")}</p>
      {messages.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <ScrollRegion label={t("title")} className="mt-4">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-slate-400">
                {[
                  t("created"),
                  t("template"),
                  t("to"),
                  t("status"),
                  t("attempts"),
                  t("nextAttempt"),
                  t("lastError"),
                ].map((heading) => (
                  <th key={heading} scope="col" className="p-2">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id} className="border-b border-slate-200 align-top">
                  <td className="p-2">{when(message.createdAt)}</td>
                  <td className="p-2">
                    {message.template} ({message.locale})
                  </td>
                  <td className="p-2">{message.toAddress}</td>
                  <td className="p-2">{message.status}</td>
                  <td className="p-2">{message.attempts}</td>
                  <td className="p-2">
                    {message.status === "PENDING" ? when(message.nextAttemptAt) : when(message.sentAt)}
                  </td>
                  <td className="p-2">{message.lastError ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
});
