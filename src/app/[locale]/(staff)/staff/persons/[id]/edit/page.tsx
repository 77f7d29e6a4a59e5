import { getTranslations } from "next-intl/server";
import { fromDbDate } from "@/domain/cases/form-fields";
import { getPerson } from "@/server/cases/get-person";
import { fullName } from "../../../_cases/format";
import { personFormFields } from "../../../_cases/person-fields";
import { StaffForm } from "../../../_cases/staff-form";
import { updatePersonAction } from "../../actions";
import { orNotFound, staffPage } from "../../../_page/staff-page";

const page = staffPage<{ id: string }>({ permission: "persons.write", title: "cases.person.save" });
export const generateMetadata = page.metadata;

export default page.render(async function EditPersonPage({ locale, params: { id }, actor }) {
  const person = await orNotFound(getPerson(actor, id));
  const t = await getTranslations({ locale, namespace: "cases.person" });
  const fields = await personFormFields(locale, {
    municipalityLocked: actor.role === "MUNICIPALITY_OFFICER",
  });
  return (
    <>
      <h1>{t("editTitle", { name: fullName(person) })}</h1>
      <StaffForm
        action={updatePersonAction.bind(null, locale, person.id)}
        // The version the editor started from: a save against a newer version is refused.
        fields={[{ kind: "hidden", name: "version", value: String(person.version) }, ...fields]}
        initialValues={{
          firstName: person.firstName,
          lastName: person.lastName,
          firstNameCyrillic: person.firstNameCyrillic ?? "",
          lastNameCyrillic: person.lastNameCyrillic ?? "",
          birthDate: fromDbDate(person.birthDate),
          nationality: person.nationality ?? "",
          languages: person.languages,
          email: person.email ?? "",
          phone: person.phone ?? "",
          municipalityNis: person.municipalityNis ?? "",
          arrivalDate: fromDbDate(person.arrivalDate),
          tpCertificateDate: fromDbDate(person.tpCertificateDate),
          inNationalRegister: person.inNationalRegister ? "on" : "",
          nationalRegisterDate: fromDbDate(person.nationalRegisterDate),
          housing: person.housing ?? "",
        }}
        submitLabel={t("save")}
      />
    </>
  );
});
