import { getTranslations } from "next-intl/server";
import { searchPersons } from "@/server/cases/search-persons";
import { formatDate, fullName } from "../_cases/format";
import { DataTable } from "@/components/ui/data-table";
import { staffPage } from "../_page/staff-page";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

const page = staffPage<Record<never, string>, { q?: string | string[]; erased?: string }>({
  permission: "persons.read",
  title: "cases.persons.title",
});
export const generateMetadata = page.metadata;

export default page.render(async function PersonsPage({ locale, actor, searchParams: { q, erased } }) {
  const t = await getTranslations({ locale, namespace: "cases.persons" });
  const tp = await getTranslations({ locale, namespace: "cases.person" });
  const query = (Array.isArray(q) ? q[0] : q)?.slice(0, 100) ?? "";
  const persons = await searchPersons(actor, { query });
  return (
    <>
      <h1>{t("title")}</h1>
      {erased === "1" && <Notice kind="done">{tp("actions.erased")}</Notice>}
      <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="person-search" className="block font-semibold">
            {t("searchLabel")}
          </label>
          <input
            id="person-search"
            name="q"
            type="search"
            defaultValue={query}
            autoComplete="off"
            className="mt-1 w-72 max-w-full rounded border border-slate-500 p-2"
          />
        </div>
        <Button type="submit">{t("searchButton")}</Button>
      </form>
      <p className="mt-4">
        <a href={`/${locale}/staff/persons/new`}>{t("new")}</a>
      </p>
      <h2>{query ? t("resultsCount", { count: persons.length }) : t("recent")}</h2>
      <DataTable
        label={t("title")}
        className="mt-2"
        empty={t("noResults")}
        rows={persons}
        rowKey={(person) => person.id}
        columns={[
          {
            header: t("columns.name"),
            cell: (person) => <a href={`/${locale}/staff/persons/${person.id}`}>{fullName(person)}</a>,
          },
          {
            header: t("columns.nameCyrillic"),
            lang: "uk",
            cell: (person) => [person.firstNameCyrillic, person.lastNameCyrillic].filter(Boolean).join(" "),
          },
          { header: t("columns.birthDate"), cell: (person) => formatDate(locale, person.birthDate) },
          { header: t("columns.municipality"), cell: (person) => person.municipalityName ?? "" },
        ]}
      />
    </>
  );
});
