import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { invitationValidDays } from "@/domain/accounts";
import { staffRoles } from "@/domain/permissions";
import { listAccounts, listOpenInvitations, listOrganisations } from "@/server/accounts/manage-accounts";
import { inviteAction, resetTwoFactorAction, setActiveAction, updateAccountAction } from "./actions";
import { InviteForm } from "./invite-form";
import { DataTable } from "@/components/ui/data-table";
import { staffPage } from "../_page/staff-page";
import { Button } from "@/components/ui/button";

const notices = ["updated", "deactivated", "reactivated", "twoFactorReset"] as const;
const errors = ["ownAccount", "notFound"] as const;

const page = staffPage<Record<never, string>, { notice?: string; error?: string }>({
  permission: "accounts.manage",
  title: "staff.accounts.title",
});
export const generateMetadata = page.metadata;

export default page.render(async function AccountsPage({ locale, actor, searchParams }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  const format = await getFormatter({ locale });
  const [accounts, invitations, organisations] = await Promise.all([
    listAccounts(actor),
    listOpenInvitations(actor),
    listOrganisations(actor),
  ]);
  const { notice, error } = searchParams;
  const shownNotice = notices.find((candidate) => candidate === notice);
  const shownError = errors.find((candidate) => candidate === error);
  const roleOptions = staffRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const organisationOptions = organisations.map((organisation) => ({
    value: organisation.id,
    label: organisation.name,
  }));
  const selectClass = "rounded border-2 border-slate-600 px-2 py-1";
  const isSelf = (account: { id: string }) => account.id === actor.userId;
  return (
    <>
      <h1>{t("accounts.title")}</h1>
      {shownNotice && <Notice>{t(`accounts.${shownNotice}`)}</Notice>}
      {shownError && <Notice kind="error">{t(`accounts.${shownError}`)}</Notice>}

      <h2>{t("accounts.listHeading")}</h2>
      <DataTable
        label={t("accounts.listHeading")}
        className="mt-3"
        dense
        rows={accounts}
        rowKey={(account) => account.id}
        columns={[
          {
            header: t("accounts.name"),
            rowHeader: true,
            cell: (account) => (
              <>
                <span className="font-semibold">{account.name}</span> {isSelf(account) && t("accounts.you")}
                <br />
                <span className="break-all">{account.email}</span>
              </>
            ),
          },
          {
            header: `${t("accounts.role")} / ${t("accounts.organisation")}`,
            cell: (account) => (
              <>
                {isSelf(account) ? (
                  <>
                    {t(`roles.${account.role}`)}
                    <br />
                    {account.organisationName}
                  </>
                ) : (
                  <form action={updateAccountAction.bind(null, locale)} className="flex flex-col gap-2">
                    <input type="hidden" name="userId" value={account.id} />
                    <select
                      name="role"
                      defaultValue={account.role}
                      aria-label={t("accounts.roleFor", { name: account.name })}
                      className={selectClass}
                    >
                      {roleOptions.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                    <select
                      name="organisationId"
                      defaultValue={account.organisationId}
                      aria-label={t("accounts.organisationFor", { name: account.name })}
                      className={selectClass}
                    >
                      {organisationOptions.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                    <Button
                      type="submit"
                      aria-label={t("accounts.saveFor", { name: account.name })}
                      size="small"
                      className="self-start"
                    >
                      {t("accounts.save")}
                    </Button>
                  </form>
                )}
              </>
            ),
          },
          {
            header: t("accounts.status"),
            cell: (account) => (
              <>
                {account.active ? t("accounts.active") : t("accounts.inactive")}
                <br />
                {t("accounts.twoFactor")}: {account.twoFactorEnabled ? t("accounts.on") : t("accounts.off")}
              </>
            ),
          },
          {
            header: t("accounts.actions"),
            cell: (account) => (
              <>
                {!isSelf(account) && (
                  <form action={setActiveAction.bind(null, locale)}>
                    <input type="hidden" name="userId" value={account.id} />
                    <input type="hidden" name="active" value={account.active ? "false" : "true"} />
                    <Button
                      type="submit"
                      aria-label={t(account.active ? "accounts.deactivateFor" : "accounts.reactivateFor", {
                        name: account.name,
                      })}
                      variant="secondary"
                      size="small"
                    >
                      {account.active ? t("accounts.deactivate") : t("accounts.reactivate")}
                    </Button>
                  </form>
                )}
                {!isSelf(account) && account.twoFactorEnabled && (
                  <form action={resetTwoFactorAction.bind(null, locale)} className="mt-2">
                    <input type="hidden" name="userId" value={account.id} />
                    <Button
                      type="submit"
                      aria-label={t("accounts.resetTwoFactorFor", { name: account.name })}
                      variant="secondary"
                      size="small"
                    >
                      {t("accounts.resetTwoFactor")}
                    </Button>
                  </form>
                )}
              </>
            ),
          },
        ]}
      />

      <h2>{t("accounts.inviteHeading")}</h2>
      <p className="mt-2">{t("accounts.inviteIntro", { days: invitationValidDays })}</p>
      <InviteForm
        action={inviteAction.bind(null, locale)}
        roles={roleOptions}
        organisations={organisationOptions}
        labels={{
          email: t("accounts.inviteEmail"),
          role: t("accounts.inviteRole"),
          organisation: t("accounts.inviteOrganisation"),
          choose: t("accounts.choose"),
          submit: t("accounts.inviteSubmit"),
        }}
      />

      <h2>{t("accounts.openInvitations")}</h2>
      {invitations.length === 0 ? (
        <p className="mt-2">{t("accounts.noInvitations")}</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {invitations.map((invitation) => (
            <li key={invitation.id}>
              <span className="break-all">{invitation.email}</span>, {t(`roles.${invitation.role}`)},{" "}
              {invitation.organisation.name} (
              {t("accounts.validUntil", {
                date: format.dateTime(invitation.expiresAt, { dateStyle: "long", timeStyle: "short" }),
              })}
              )
            </li>
          ))}
        </ul>
      )}
    </>
  );
});
