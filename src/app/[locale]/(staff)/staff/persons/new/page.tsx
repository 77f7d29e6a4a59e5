import { getTranslations } from "next-intl/server";
import { householdRelations } from "@/domain/cases/person-input";
import { fromDbDate } from "@/domain/cases/form-fields";
import type { Actor } from "@/server/auth/actor";
import { getHousehold } from "@/server/cases/get-household";
import { getPerson } from "@/server/cases/get-person";
import type { FieldSpec } from "../../_cases/field-spec";
import type { FormValues } from "@/components/staff-forms/form-state";
import { StaffForm } from "../../_cases/staff-form";
import { fullName } from "../../_cases/format";
import { personFormFields } from "../../_cases/person-fields";
import { createPersonAction } from "../actions";
import { orNotFound, staffPage } from "../../_page/staff-page";

const page = staffPage<Record<never, string>, { household?: string | string[] }>({
  permission: "persons.write",
  title: "cases.person.newTitle",
});
export const generateMetadata = page.metadata;

export default page.render(async function NewPersonPage({ locale, actor, searchParams }) {
  const t = await getTranslations({ locale, namespace: "cases.person" });
  const th = await getTranslations({ locale, namespace: "cases.household" });
  const fields = await personFormFields(locale, {
    municipalityLocked: actor.role === "MUNICIPALITY_OFFICER",
  });
  const householdId = typeof searchParams.household === "string" ? searchParams.household : undefined;
  const joining = householdId ? await orNotFound(householdDefaults(actor, householdId)) : undefined;
  const householdFields: FieldSpec[] = joining
    ? [
        { kind: "hidden", name: "householdId", value: joining.householdId },
        {
          kind: "select",
          name: "relation",
          label: th("relation"),
          required: true,
          options: householdRelations
            .filter((relation) => relation !== "HEAD")
            .map((relation) => ({ value: relation, label: th(`relations.${relation}`) })),
        },
      ]
    : [];
  return (
    <>
      <h1>{joining ? th("newMemberTitle", { name: joining.headName }) : t("newTitle")}</h1>
      {joining ? <p>{th("newMemberHint", { name: joining.headName })}</p> : null}
      <StaffForm
        action={createPersonAction.bind(null, locale)}
        fields={[...householdFields, ...fields]}
        initialValues={joining?.values ?? { nationality: "UKR", languages: ["uk"] }}
        submitLabel={t("create")}
        overrideLabel={t("createAnyway")}
      />
    </>
  );
});

/**
 * A new member of a household starts from what a family usually shares with its head: surname,
 * nationality, languages, municipality, arrival, housing and the family's phone. Names, birth date,
 * e-mail and the certificate are the person's own and start empty.
 */
async function householdDefaults(
  actor: Actor,
  householdId: string,
): Promise<{ householdId: string; headName: string; values: FormValues }> {
  const household = await getHousehold(actor, householdId);
  const head = household.members.find((member) => member.relationToHead === "HEAD") ?? household.members[0];
  if (!head) return { householdId, headName: "", values: { nationality: "UKR", languages: ["uk"] } };
  const person = await getPerson(actor, head.id);
  return {
    householdId,
    headName: fullName(person),
    values: {
      lastName: person.lastName,
      lastNameCyrillic: person.lastNameCyrillic ?? "",
      nationality: person.nationality ?? "",
      languages: person.languages,
      phone: person.phone ?? "",
      municipalityNis: person.municipalityNis ?? "",
      arrivalDate: fromDbDate(person.arrivalDate),
      housing: person.housing ?? "",
    },
  };
}
