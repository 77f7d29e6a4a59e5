import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/locale-param";
import { requireActor } from "@/server/auth/current-actor";
import { StaffForm } from "../../_cases/staff-form";
import { saveOrganisationAction } from "../actions";
import { organisationFormFields } from "../organisation-fields";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "organisations" });
  return { title: t("newTitle") };
}

export default async function NewOrganisationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  await requireActor(locale, "organisations.manage");
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
        errorSummary={t("form.errorSummary")}
      />
    </>
  );
}
