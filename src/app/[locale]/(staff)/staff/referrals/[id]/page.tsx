import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { endsReferralUnfinished } from "@/domain/referrals/lifecycle";
import { getReferral } from "@/server/referrals/get-referral";
import { listReferralTargets } from "@/server/referrals/list-referral-targets";
import { changeStatus, sendSuggested } from "./actions";
import { SendSuggestedForm } from "./send-suggested-form";
import { StatusForm } from "./status-form";
import { orNotFound, staffPage } from "../../_page/staff-page";
import { Notice } from "@/components/ui/notice";

const page = staffPage<{ id: string }, { sent?: string; changed?: string }>({
  permission: "referrals.read",
  title: "referrals.list.title",
  path: ({ id }) => `/staff/referrals/${id}`,
});
export const generateMetadata = page.metadata;

export default page.render(async function ReferralPage({
  locale,
  actor,
  params: { id },
  searchParams: { sent, changed },
}) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const t = await getTranslations({ locale, namespace: "referrals" });
  const format = await getFormatter();
  // Language names, not codes ("uk, ru"), in the page's language.
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const referral = await orNotFound(getReferral(actor, id));
  const name = `${referral.person.firstName} ${referral.person.lastName}`;
  const profile = referral.nt2Profile;
  // A suggested referral is sent by naming who receives it, not by a status button.
  const maySend = referral.status === "SUGGESTED" && referral.allowedMoves.includes("SENT");
  const statusMoves = referral.allowedMoves.filter((to) => to !== "SENT");
  const organisations = maySend ? await listReferralTargets(actor) : [];
  const yesNo = (value: boolean) => (value ? t("options.yes") : t("options.no"));
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 border-b border-slate-200 py-2 sm:grid-cols-3">
      <dt className="font-semibold">{label}</dt>
      <dd className="sm:col-span-2">{value}</dd>
    </div>
  );

  return (
    <>
      <p>
        <a href={`/${locale}/staff/referrals`}>{t("detail.back")}</a>
      </p>
      <h1 className="mt-2">{t("detail.title", { name })}</h1>
      {(sent || changed) && <Notice kind="done">{sent ? t("new.sent") : t("detail.changed")}</Notice>}
      {referral.status === "SUGGESTED" && (
        <p className="mt-4 rounded border-2 border-amber-700 bg-amber-50 p-3">
          {t("detail.suggestedNotice")}
        </p>
      )}
      <dl className="mt-4">
        {row(t("detail.status"), <strong>{t(`options.status.${referral.status}`)}</strong>)}
        {row(t("list.type"), t(`options.type.${referral.type}`))}
        {row(t("detail.from"), `${referral.fromOrganisation.name} (${referral.createdBy.name})`)}
        {row(
          referral.type === "NT2" ? t("detail.to") : t("detail.toOrganisation"),
          referral.targetOrganisation?.name ?? t("detail.nobodyYet"),
        )}
        {row(
          t("detail.consent"),
          referral.consentAt
            ? t("detail.consentGiven", {
                date: format.dateTime(referral.consentAt, { dateStyle: "long", timeStyle: "short" }),
              })
            : t("detail.consentOverridden", { reason: referral.consentOverrideReason ?? "" }),
        )}
        {referral.declineReason && row(t("detail.declineReason"), referral.declineReason)}
      </dl>

      <h2>{referral.type === "NT2" ? t("detail.person") : t("detail.personReferred")}</h2>
      <dl className="mt-2">
        {row(t("detail.name"), name)}
        {(referral.person.firstNameCyrillic || referral.person.lastNameCyrillic) &&
          row(
            t("detail.nameCyrillic"),
            <span lang="uk">
              {`${referral.person.firstNameCyrillic ?? ""} ${referral.person.lastNameCyrillic ?? ""}`.trim()}
            </span>,
          )}
        {referral.person.email &&
          row(t("detail.email"), <a href={`mailto:${referral.person.email}`}>{referral.person.email}</a>)}
        {referral.person.phone &&
          row(t("detail.phone"), <a href={`tel:${referral.person.phone}`}>{referral.person.phone}</a>)}
        {row(
          t("detail.languages"),
          referral.person.languages.map((code) => languageNames.of(code) ?? code).join(", ") || "–",
        )}
      </dl>

      {profile && (
        <>
          <h2>{t("detail.profile")}</h2>
          <dl className="mt-2">
            {row(t("new.intendedStay"), t(`options.intendedStay.${profile.intendedStay}`))}
            {row(t("new.priorSchooling"), t(`options.priorSchooling.${profile.priorSchooling}`))}
            {row(t("new.cvoProfile"), yesNo(profile.cvoProfile))}
            {row(t("new.digitallySkilled"), yesNo(profile.digitallySkilled))}
            {row(
              t("new.availability"),
              profile.availability
                .map((slot) => t(`options.availability.${slot as "DAY" | "EVENING" | "WEEKEND"}`))
                .join(", "),
            )}
            {row(t("new.mode"), t(`options.mode.${profile.mode}`))}
            {row(t("new.region"), t(`options.region.${profile.region}`))}
          </dl>
        </>
      )}

      {maySend && (
        <SendSuggestedForm
          action={sendSuggested.bind(null, locale)}
          referralId={referral.id}
          version={referral.version}
          organisations={organisations}
          labels={{
            title: t("detail.send.title"),
            organisation: t("detail.send.organisation"),
            hint: t("detail.send.hint"),
            choose: t("detail.send.choose"),
            send: t("detail.send.submit"),
          }}
        />
      )}

      {statusMoves.length > 0 && (
        <StatusForm
          action={changeStatus.bind(null, locale)}
          referralId={referral.id}
          version={referral.version}
          moves={statusMoves
            .filter((to) => !endsReferralUnfinished(to))
            .map((to) => ({ to, label: t(`detail.move.${to as "ACCEPTED"}`) }))}
          endings={statusMoves.filter(endsReferralUnfinished).map((to) => ({
            href: `/${locale}/staff/referrals/${referral.id}/confirm?to=${to}`,
            label: t(`detail.move.${to}`),
          }))}
          labels={{ title: t("detail.changeTitle") }}
        />
      )}

      <h2>{t("detail.timeline")}</h2>
      <ol className="mt-2 border-l-2 border-brand-600 pl-4">
        {referral.statusChanges.map((change) => (
          <li key={change.id} className="mb-3">
            <time dateTime={change.changedAt.toISOString()} className="block text-sm text-slate-700">
              {format.dateTime(change.changedAt, { dateStyle: "long", timeStyle: "short" })}
            </time>
            <span>
              {t("detail.timelineEntry", {
                status: t(`options.status.${change.toStatus}`),
                name: change.changedBy.name,
              })}
            </span>
            {change.reason && <span className="block">{change.reason}</span>}
          </li>
        ))}
      </ol>
    </>
  );
});
