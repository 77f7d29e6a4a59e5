import { getTranslations } from "next-intl/server";
import { StaffForm } from "../../_cases/staff-form";
import { saveOrganisationAction } from "../actions";
import { organisationFormFields } from "../organisation-fields";
import { staffPage } from "../../_page/staff-page";

const page = staffPage({ permission: "organisations.manage", title: "organisations.newTitle" });
export const generateMetadata = page.metadata;

export default page.render(async function NewOrganisationPage({ locale }) {
  const t = await getTranslations({ locale, namespace: "organisations" });
  return (
    <>
      <p>
        <a href={`/${locale}/staff/organisations`}>{t("back")}</a>
      </p>
      <h1 className="mt-2">{t("newTitle")}</h1>
      <StaffForm
        action={saveOrganisationAction.bind(null, locale, null)}
        fields={await organisationFormFields(locale)}
        submitLabel={t("form.create")}
      />
    </>
  );
});
