import { z } from "zod";
import { getFormatter, getTranslations } from "next-intl/server";
import { InterpretingCost } from "@/components/interpreting-cost";
import { richTags } from "@/components/rich-text";
import { interpreterLanguages, interpreterModes, localDateTime } from "@/domain/interpreters/request";
import { getPersonName } from "@/server/cases/get-person";
import { currentFacts } from "@/server/facts/current-facts";
import { listInterpreterRequests } from "@/server/interpreters/list-interpreter-requests";
import { askInterpreter, handleRequest } from "./actions";
import { HandleRequestForm } from "./handle-form";
import { InterpreterRequestForm } from "./request-form";
import { orNotFound, staffPage } from "../_page/staff-page";

const interpreterPrefill = z.object({
  personId: z.uuid().optional(),
  startsAt: localDateTime.optional(),
});

const page = staffPage<Record<never, string>, { personId?: string; startsAt?: string }>({
  permission: "interpreters.request",
  title: "referrals.interpreters.title",
  path: () => "/staff/interpreters",
});
export const generateMetadata = page.metadata;

export default page.render(async function InterpretersPage({ locale, actor, searchParams }) {
  // Caseworkers ask, AgII administrators handle; both hold "interpreters.request".
  const t = await getTranslations({ locale, namespace: "referrals" });
  const format = await getFormatter();
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const { requests, handles } = await listInterpreterRequests(actor);
  // The fact as staff keep it current, as on the public interpreting page, not the code's 2022 value.
  const { interpretingForUkraine } = await currentFacts();
  // Opened from a person's page or follow-up: link the request to that case, at the follow-up's time.
  const prefill = interpreterPrefill.safeParse(searchParams);
  const person =
    prefill.success && prefill.data.personId
      ? await orNotFound(getPersonName(actor, prefill.data.personId))
      : null;
  const labels = {
    assign: t("interpreters.assign"),
    interpreterName: t("interpreters.interpreterName"),
    confirm: t("interpreters.confirm"),
    decline: t("interpreters.decline"),
    declineReason: t("interpreters.declineReason"),
    cancel: t("interpreters.cancel"),
  };

  return (
    <>
      <h1>{t("interpreters.title")}</h1>
      <p className="mt-2">{t("interpreters.intro")}</p>
      <InterpretingCost
        fact={interpretingForUkraine}
        locale={locale}
        wording={(notice) => t.rich(`interpreters.cost.${notice}`, richTags)}
      />

      <h2 id="request">{t("interpreters.requestTitle")}</h2>
      <InterpreterRequestForm
        forPerson={
          person
            ? {
                id: person.id,
                description: t("interpreters.forPerson", { name: `${person.firstName} ${person.lastName}` }),
              }
            : undefined
        }
        startsAt={prefill.success ? prefill.data.startsAt : undefined}
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
          location: t("interpreters.location"),
          locationHint: t("interpreters.locationHint"),
          submit: t("interpreters.submit"),
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
                {request.location && (
                  <p>
                    {t("interpreters.where")}: {request.location}
                  </p>
                )}
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
});
