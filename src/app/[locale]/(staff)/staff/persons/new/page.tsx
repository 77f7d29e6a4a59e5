import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { resolveLocale } from "@/i18n/locale-param";
import { requireActor } from "@/server/auth/current-actor";
import { StaffForm } from "../../_cases/staff-form";
import { personFormFields } from "../../_cases/person-fields";
import { createPersonAction } from "../actions";

/** Personal data: rendered per request for the signed-in actor, never prerendered or cached. */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "cases.person" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewPersonPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const actor = await requireActor(locale, "persons.write");
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
}
