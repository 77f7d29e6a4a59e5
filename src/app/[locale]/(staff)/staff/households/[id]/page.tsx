import { getTranslations } from "next-intl/server";
import { householdRelations } from "@/domain/cases/person-input";
import { can } from "@/domain/permissions";
import { getHousehold } from "@/server/cases/get-household";
import { searchPersons } from "@/server/cases/search-persons";
import { formatDate, fullName } from "../../_cases/format";
import { StaffForm } from "../../_cases/staff-form";
import { addHouseholdMemberAction, removeHouseholdMemberAction } from "./actions";
import { orNotFound, staffPage } from "../../_page/staff-page";
import { Button, primaryLinkClass } from "@/components/ui/button";

const page = staffPage<{ id: string }, { q?: string | string[] }>({
  permission: "persons.read",
  title: "cases.household.title",
});
export const generateMetadata = page.metadata;

export default page.render(async function HouseholdPage({ locale, params: { id }, actor, searchParams }) {
  const household = await orNotFound(getHousehold(actor, id));
  const t = await getTranslations({ locale, namespace: "cases.household" });
  const tp = await getTranslations({ locale, namespace: "cases.persons" });
  const mayWrite = can(actor.role, "persons.write");
  const { q } = searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.slice(0, 100) ?? "";
  const memberIds = new Set(household.members.map((member) => member.id));
  const candidates =
    mayWrite && query
      ? (await searchPersons(actor, { query }, 20)).filter((person) => !memberIds.has(person.id))
      : [];
  const base = `/${locale}/staff`;
  return (
    <>
      <h1>
        {t("title")}
        {household.municipality ? ` · ${household.municipality.nameNl}` : ""}
      </h1>
      <h2>{t("members")}</h2>
      <ul className="space-y-2">
        {household.members.map((member) => (
          <li key={member.id} className="flex flex-wrap items-center gap-3">
            <a href={`${base}/persons/${member.id}`}>{fullName(member)}</a>
            <span>{formatDate(locale, member.birthDate)}</span>
            {member.relationToHead && <span>({t(`relations.${member.relationToHead}`)})</span>}
            {mayWrite && (
              // A confirmation step that needs no script: the button that removes is behind a disclosure.
              <details>
                <summary className="cursor-pointer font-semibold text-brand-700 underline">
                  {t("remove")}
                  <span className="sr-only"> {fullName(member)}</span>
                </summary>
                <form
                  action={removeHouseholdMemberAction.bind(null, locale, household.id, member.id)}
                  className="mt-2 rounded border-2 border-red-800 p-3"
                >
                  <p className="mt-0">{t("removeConfirmText", { name: fullName(member) })}</p>
                  <Button type="submit" variant="danger" size="small">
                    {t("removeConfirm", { name: fullName(member) })}
                  </Button>
                </form>
              </details>
            )}
          </li>
        ))}
      </ul>
      {mayWrite && (
        <section aria-labelledby="add-member" className="mt-8">
          <h2 id="add-member">{t("addTitle")}</h2>
          <p>
            <a href={`${base}/persons/new?household=${household.id}`} className={primaryLinkClass()}>
              {t("newMember")}
            </a>
          </p>
          <p className="mt-4">{t("orExisting")}</p>
          <p>{t("addHint")}</p>
          <form method="get" role="search" className="flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="member-search" className="block font-semibold">
                {tp("searchLabel")}
              </label>
              <input
                id="member-search"
                name="q"
                type="search"
                defaultValue={query}
                className="mt-1 w-72 max-w-full rounded border border-slate-500 p-2"
              />
            </div>
            <Button type="submit">{tp("searchButton")}</Button>
          </form>
          {query && candidates.length === 0 && <p>{tp("noResults")}</p>}
          {candidates.length > 0 && (
            <StaffForm
              action={addHouseholdMemberAction.bind(null, locale, household.id)}
              fields={[
                {
                  kind: "select",
                  name: "personId",
                  label: t("personToAdd"),
                  required: true,
                  options: candidates.map((person) => ({
                    value: person.id,
                    label: [fullName(person), formatDate(locale, person.birthDate)]
                      .filter(Boolean)
                      .join(", "),
                  })),
                },
                {
                  kind: "select",
                  name: "relation",
                  label: t("relation"),
                  required: true,
                  options: householdRelations
                    .filter((relation) => relation !== "HEAD")
                    .map((relation) => ({ value: relation, label: t(`relations.${relation}`) })),
                },
              ]}
              submitLabel={t("add")}
            />
          )}
        </section>
      )}
    </>
  );
});
