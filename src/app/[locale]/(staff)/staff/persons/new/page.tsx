import { getTranslations } from "next-intl/server";
import { StaffForm } from "../../_cases/staff-form";
import { personFormFields } from "../../_cases/person-fields";
import { createPersonAction } from "../actions";
import { staffPage } from "../../_page/staff-page";

const page = staffPage({ permission: "persons.write", title: "cases.person.newTitle" });
export const generateMetadata = page.metadata;

export default page.render(async function NewPersonPage({ locale, actor }) {
  const t = await getTranslations({ locale, namespace: "cases.person" });
  const common = await getTranslations({ locale, namespace: "common.validation" });
  const fields = await personFormFields(locale, {
    municipalityLocked: actor.role === "MUNICIPALITY_OFFICER",
  });
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <StaffForm
        action={createPersonAction.bind(null, locale)}
        fields={fields}
        initialValues={{ nationality: "UKR", languages: ["uk"] }}
        submitLabel={t("create")}
        overrideLabel={t("createAnyway")}
        errorSummary={common("summary")}
      />
    </>
  );
});
