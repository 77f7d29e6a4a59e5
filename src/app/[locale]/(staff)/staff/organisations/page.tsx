import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { listOrganisationsToManage } from "@/server/organisations/manage-organisations";
import { staffPage } from "../_page/staff-page";

const page = staffPage({ permission: "organisations.manage", title: "organisations.title" });
export const generateMetadata = page.metadata;

export default page.render(async function OrganisationsPage({ locale, actor }) {
  const t = await getTranslations({ locale, namespace: "organisations" });
  const organisations = await listOrganisationsToManage(actor);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      <p className="mt-3">
        <a href={`/${locale}/staff/organisations/new`} className="font-semibold">
          {t("new")}
        </a>
      </p>
      <DataTable
        label={t("title")}
        className="mt-4"
        dense
        empty={t("empty")}
        rows={organisations}
        rowKey={(organisation) => organisation.id}
        columns={[
          {
            header: t("name"),
            rowHeader: true,
            cell: (organisation) => (
              <a href={`/${locale}/staff/organisations/${organisation.id}`} className="font-semibold">
                {organisation.name}
              </a>
            ),
          },
          {
            header: t("type"),
            cell: (organisation) =>
              organisation.nt2Kind ? t(`kinds.${organisation.nt2Kind}`) : t(`types.${organisation.type}`),
          },
          {
            header: t("place"),
            cell: (organisation) =>
              organisation.municipalityName ??
              (organisation.region ? t(`regions.${organisation.region}`) : ""),
          },
          { header: t("accounts"), cell: (organisation) => organisation.accounts },
          {
            header: t("status"),
            cell: (organisation) => (organisation.active ? t("active") : t("inactive")),
          },
        ]}
      />
    </>
  );
});
