import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FactSource } from "@/components/fact-source";
import { interpretingForUkraine } from "@/domain/facts/ukraine-offer";
import { interpreterLanguages, interpreterModes } from "@/domain/interpreters/request";
import { resolveLocale } from "@/i18n/locale-param";
import { alternatesFor } from "@/i18n/metadata";
import { requireActor } from "@/server/auth/current-actor";
import { listInterpreterRequests } from "@/server/interpreters/list-interpreter-requests";
import { askInterpreter, handleRequest } from "./actions";
import { HandleRequestForm } from "./handle-form";
import { InterpreterRequestForm } from "./request-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "referrals.interpreters" });
  return {
    title: t("title"),
    alternates: alternatesFor(locale, "/staff/interpreters"),
    robots: { index: false },
  };
}

export default async function InterpretersPage({ params }: Props) {
  const locale = await resolveLocale(params);
  // Caseworkers ask, AgII administrators handle; both hold "interpreters.request".
  const actor = await requireActor(locale, "interpreters.request");
  const t = await getTranslations({ locale, namespace: "referrals" });
  const format = await getFormatter();
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const { requests, handles } = await listInterpreterRequests(actor);
  const labels = {
    assign: t("interpreters.assign"),
    interpreterName: t("interpreters.interpreterName"),
    confirm: t("interpreters.confirm"),
    decline: t("interpreters.decline"),
    declineReason: t("interpreters.declineReason"),
    cancel: t("interpreters.cancel"),
    summary: t("errors.summary"),
  };

  return (
    <>
      <h1>{t("interpreters.title")}</h1>
      <p className="mt-2">{t("interpreters.intro")}</p>
      <div className="mt-4 rounded border-l-4 border-brand-600 bg-brand-50 p-3">
        <p className="font-semibold">{t("interpreters.freeNotice")}</p>
        <FactSource fact={interpretingForUkraine} locale={locale} />
      </div>

      <h2>{t("interpreters.requestTitle")}</h2>
      <InterpreterRequestForm
        action={askInterpreter.bind(null, locale)}
        modes={interpreterModes.map((mode) => ({ value: mode, label: t(`interpreters.modes.${mode}`) }))}
        languages={interpreterLanguages.map((code) => ({
          value: code,
          label: languageNames.of(code) ?? code,
        }))}
        labels={{
          language: t("interpreters.language"),
          languageHint: t("interpreters.languageHint"),
          startsAt: t("interpreters.startsAt"),
          duration: t("interpreters.duration"),
          mode: t("interpreters.mode"),
          purpose: t("interpreters.purpose"),
          purposeHint: t("interpreters.purposeHint"),
          submit: t("interpreters.submit"),
          summary: t("errors.summary"),
        }}
      />

      <h2>{t("interpreters.listTitle")}</h2>
      {requests.length === 0 ? (
        <p className="mt-2">{t("interpreters.empty")}</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {requests.map((request) => {
            const open = request.status === "REQUESTED" || request.status === "ASSIGNED";
            return (
              <li key={request.id} className="rounded border border-slate-300 p-3">
                <p className="font-semibold">
                  {languageNames.of(request.language) ?? request.language} ·{" "}
                  {t(`interpreters.modes.${request.mode}`)} ·{" "}
                  {t("interpreters.minutes", { count: request.durationMinutes })}
                </p>
                <p>
                  {t("interpreters.when")}:{" "}
                  {format.dateTime(request.startsAt, { dateStyle: "full", timeStyle: "short" })}
                </p>
                <p>{request.purpose}</p>
                {handles && (
                  <p className="text-sm">
                    {t("interpreters.organisation")}: {request.organisation.name} ({request.requestedBy.name})
                  </p>
                )}
                <p>
                  {t("interpreters.status")}: <strong>{t(`interpreters.statuses.${request.status}`)}</strong>
                  {request.interpreterName &&
                    ` · ${t("interpreters.interpreter")}: ${request.interpreterName}`}
                  {request.declineReason && ` · ${request.declineReason}`}
                </p>
                {open && (
                  <HandleRequestForm
                    action={handleRequest.bind(null, locale)}
                    requestId={request.id}
                    canHandle={handles}
                    canConfirm={request.status === "ASSIGNED"}
                    canCancel={!handles}
                    labels={labels}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
