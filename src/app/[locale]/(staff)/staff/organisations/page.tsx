import { getTranslations } from "next-intl/server";
import { ScrollRegion } from "@/components/staff/scroll-region";
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
      {organisations.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <ScrollRegion label={t("title")} className="mt-4">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">
                  {t("name")}
                </th>
                <th scope="col" className="p-2">
                  {t("type")}
                </th>
                <th scope="col" className="p-2">
                  {t("place")}
                </th>
                <th scope="col" className="p-2">
                  {t("accounts")}
                </th>
                <th scope="col" className="p-2">
                  {t("status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((organisation) => (
                <tr key={organisation.id} className="border-b border-slate-300 align-top">
                  <th scope="row" className="p-2 font-normal">
                    <a href={`/${locale}/staff/organisations/${organisation.id}`} className="font-semibold">
                      {organisation.name}
                    </a>
                  </th>
                  <td className="p-2">
                    {organisation.nt2Kind
                      ? t(`kinds.${organisation.nt2Kind}`)
                      : t(`types.${organisation.type}`)}
                  </td>
                  <td className="p-2">
                    {organisation.municipalityName ??
                      (organisation.region ? t(`regions.${organisation.region}`) : "")}
                  </td>
                  <td className="p-2">{organisation.accounts}</td>
                  <td className="p-2">{organisation.active ? t("active") : t("inactive")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
});
