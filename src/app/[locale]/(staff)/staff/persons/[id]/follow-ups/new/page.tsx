import { getTranslations } from "next-intl/server";
import { getPersonName } from "@/server/cases/get-person";
import { fullName } from "../../../../_cases/format";
import { StaffForm } from "../../../../_cases/staff-form";
import { planFollowUpAction } from "../../../../follow-ups/actions";
import { orNotFound, staffPage } from "../../../../_page/staff-page";

const page = staffPage<{ id: string }>({
  permission: "followUps.manage",
  title: "cases.followUps.plan.title",
});
export const generateMetadata = page.metadata;

/** A follow-up conversation planned from the person's page, outside any intake. */
export default page.render(async function PlanFollowUpPage({ locale, params: { id }, actor }) {
  const person = await orNotFound(getPersonName(actor, id));
  const t = await getTranslations({ locale, namespace: "cases.followUps.plan" });
  return (
    <>
      <p>
        <a href={`/${locale}/staff/persons/${person.id}`}>{t("back", { name: fullName(person) })}</a>
      </p>
      <h1 className="mt-2">{t("heading", { name: fullName(person) })}</h1>
      <StaffForm
        action={planFollowUpAction.bind(null, locale, person.id)}
        fields={[
          { kind: "date", name: "dueOn", label: t("dueOn"), required: true },
          { kind: "time", name: "dueTime", label: t("dueTime"), hint: t("dueTimeHint") },
          { kind: "text", name: "purpose", label: t("purpose"), hint: t("purposeHint") },
          { kind: "checkbox", name: "interpreterNeeded", label: t("interpreterNeeded") },
        ]}
        submitLabel={t("submit")}
        overrideLabel={t("override")}
      />
    </>
  );
});
