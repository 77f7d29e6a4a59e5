import { getFormatter, getTranslations } from "next-intl/server";
import { referralStatuses, type ReferralStatus } from "@/domain/referrals/lifecycle";
import { listReferrals } from "@/server/referrals/list-referrals";
import { DataTable } from "@/components/ui/data-table";
import { staffPage } from "../_page/staff-page";
import { Button } from "@/components/ui/button";

const page = staffPage<Record<never, string>, { status?: string }>({
  permission: "referrals.read",
  title: "referrals.list.title",
  path: () => "/staff/referrals",
});
export const generateMetadata = page.metadata;

export default page.render(async function ReferralsPage({
  locale,
  actor,
  searchParams: { status: requested },
}) {
  const t = await getTranslations({ locale, namespace: "referrals" });
  const format = await getFormatter();
  const status = (referralStatuses as readonly string[]).includes(requested ?? "")
    ? (requested as ReferralStatus)
    : undefined;
  const referrals = await listReferrals(actor, { status });
  const intro =
    actor.role === "NT2_PROVIDER"
      ? t("list.introProvider")
      : actor.role === "CASEWORKER"
        ? t("list.introCaseworker")
        : t("list.intro");

  return (
    <>
      <h1>{t("list.title")}</h1>
      <p className="mt-2">{intro}</p>
      {actor.role !== "NT2_PROVIDER" && (
        <p className="mt-2">
          <a href={`/${locale}/staff/interpreters`}>{t("list.interpreters")}</a>
        </p>
      )}
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <p>
          <label htmlFor="status" className="block font-semibold">
            {t("list.filter")}
          </label>
          <select
            id="status"
            name="status"
            defaultValue={status ?? ""}
            className="mt-1 rounded border border-slate-500 p-2"
          >
            <option value="">{t("list.allStatuses")}</option>
            {referralStatuses.map((option) => (
              <option key={option} value={option}>
                {t(`options.status.${option}`)}
              </option>
            ))}
          </select>
        </p>
        <Button type="submit" variant="secondary">
          {t("list.apply")}
        </Button>
      </form>
      <DataTable
        label={t("list.title")}
        className="mt-6"
        empty={t("list.empty")}
        rows={referrals}
        rowKey={(referral) => referral.id}
        columns={[
          {
            header: t("list.person"),
            cell: (referral) => {
              const name = `${referral.person.firstName} ${referral.person.lastName}`;
              return (
                <a href={`/${locale}/staff/referrals/${referral.id}`} aria-label={t("list.open", { name })}>
                  {name}
                </a>
              );
            },
          },
          { header: t("list.type"), cell: (referral) => t(`options.type.${referral.type}`) },
          { header: t("list.status"), cell: (referral) => t(`options.status.${referral.status}`) },
          {
            header: actor.role === "NT2_PROVIDER" ? t("list.from") : t("list.to"),
            cell: (referral) =>
              actor.role === "NT2_PROVIDER"
                ? referral.fromOrganisation.name
                : (referral.targetOrganisation?.name ?? "–"),
          },
          {
            header: t("list.sentOn"),
            cell: (referral) => format.dateTime(referral.createdAt, { dateStyle: "medium" }),
          },
        ]}
      />
    </>
  );
});
