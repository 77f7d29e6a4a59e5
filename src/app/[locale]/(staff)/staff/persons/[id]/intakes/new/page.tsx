import { getTranslations } from "next-intl/server";
import { brusselsDate } from "@/domain/time/brussels";
import { getPersonName } from "@/server/cases/get-person";
import { fullName } from "../../../../_cases/format";
import { StaffForm } from "../../../../_cases/staff-form";
import { startIntakeAction } from "../../../../intakes/actions";
import { orNotFound, staffPage } from "../../../../_page/staff-page";

const page = staffPage<{ id: string }>({ permission: "intakes.write", title: "cases.intake.start" });
export const generateMetadata = page.metadata;

export default page.render(async function NewIntakePage({ locale, params: { id }, actor }) {
  const person = await orNotFound(getPersonName(actor, id));
  const t = await getTranslations({ locale, namespace: "cases.intake" });
  return (
    <>
      <h1>{t("newTitle", { name: fullName(person) })}</h1>
      <p>{t("draftHint")}</p>
      <StaffForm
        action={startIntakeAction.bind(null, locale, person.id)}
        fields={[{ kind: "date", name: "conductedOn", label: t("conductedOn"), required: true }]}
        initialValues={{ conductedOn: brusselsDate(new Date()) }}
        submitLabel={t("start")}
      />
    </>
  );
});
