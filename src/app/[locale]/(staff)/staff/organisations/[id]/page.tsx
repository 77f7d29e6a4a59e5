import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Notice } from "@/components/ui/notice";
import { staffRoles } from "@/domain/permissions";
import { getOrganisation } from "@/server/organisations/manage-organisations";
import { StaffForm } from "../../_cases/staff-form";
import { inviteAction } from "../../accounts/actions";
import { InviteForm } from "../../accounts/invite-form";
import { saveOrganisationAction, setOrganisationActiveAction } from "../actions";
import { organisationFormFields } from "../organisation-fields";
import { orNotFound, staffPage } from "../../_page/staff-page";
import { Button } from "@/components/ui/button";

const notices = ["created", "saved", "deactivated", "reactivated"] as const;

const page = staffPage<{ id: string }, { notice?: string; error?: string }>({
  permission: "organisations.manage",
  title: "organisations.title",
});
export const generateMetadata = page.metadata;

export default page.render(async function OrganisationPage({ locale, actor, searchParams, params }) {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) notFound();
  const organisation = await orNotFound(getOrganisation(actor, id.data));
  const t = await getTranslations({ locale, namespace: "organisations" });
  const staff = await getTranslations({ locale, namespace: "staff" });
  const { notice, error } = searchParams;
  const shownNotice = notices.find((candidate) => candidate === notice);
  return (
    <>
      <p>
        <a href={`/${locale}/staff/organisations`}>{t("back")}</a>
      </p>
      <h1 className="mt-2">{organisation.name}</h1>
      {shownNotice && <Notice>{t(`detail.${shownNotice}`)}</Notice>}
      {error === "ownOrganisation" && <Notice kind="error">{t("detail.ownOrganisation")}</Notice>}
      <p className="mt-2">
        {organisation.nt2Kind ? t(`kinds.${organisation.nt2Kind}`) : t(`types.${organisation.type}`)} ·{" "}
        {organisation.active ? t("active") : t("inactive")}
      </p>
      <form action={setOrganisationActiveAction.bind(null, locale)} className="mt-3">
        <input type="hidden" name="organisationId" value={organisation.id} />
        <input type="hidden" name="active" value={organisation.active ? "false" : "true"} />
        <Button type="submit" variant="secondary" size="small">
          {organisation.active ? t("detail.deactivate") : t("detail.reactivate")}
        </Button>
        {organisation.active && <span className="ml-2 text-sm">{t("detail.deactivateHint")}</span>}
      </form>

      <h2>{t("detail.edit")}</h2>
      <StaffForm
        action={saveOrganisationAction.bind(null, locale, organisation.id)}
        fields={await organisationFormFields(locale)}
        initialValues={{
          name: organisation.name,
          type: organisation.type,
          nt2Kind: organisation.nt2Kind ?? "",
          municipalityNis: organisation.municipalityNis ?? "",
          region: organisation.region ?? "",
          email: organisation.email ?? "",
          servedRegions: organisation.servedRegions,
          servedMunicipalities: organisation.servedMunicipalities,
        }}
        submitLabel={t("form.save")}
      />

      <h2>{t("detail.staff")}</h2>
      {organisation.users.length === 0 ? (
        <p className="mt-2">{t("detail.noStaff")}</p>
      ) : (
        <ul className="mt-2 list-disc pl-6">
          {organisation.users.map((user) => (
            <li key={user.id}>
              {user.name}, <span className="break-all">{user.email}</span>, {staff(`roles.${user.role}`)}
              {!user.active && ` (${staff("accounts.inactive")})`}
            </li>
          ))}
        </ul>
      )}
      {organisation.active && (
        <>
          <h2>{t("detail.invite")}</h2>
          <InviteForm
            action={inviteAction.bind(null, locale)}
            roles={staffRoles.map((role) => ({ value: role, label: staff(`roles.${role}`) }))}
            organisations={[]}
            fixedOrganisationId={organisation.id}
            labels={{
              email: staff("accounts.inviteEmail"),
              role: staff("accounts.inviteRole"),
              organisation: staff("accounts.inviteOrganisation"),
              choose: staff("accounts.choose"),
              submit: staff("accounts.inviteSubmit"),
            }}
          />
        </>
      )}
    </>
  );
});
