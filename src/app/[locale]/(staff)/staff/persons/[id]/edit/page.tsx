import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { fromDbDate } from "@/domain/cases/form-fields";
import { resolveLocale } from "@/i18n/locale-param";
import { requireActor } from "@/server/auth/current-actor";
import { getPerson } from "@/server/cases/get-person";
import { AppError } from "@/server/errors";
import { fullName } from "../../../_cases/format";
import { personFormFields } from "../../../_cases/person-fields";
import { StaffForm } from "../../../_cases/staff-form";
import { updatePersonAction } from "../../actions";

/** Personal data: rendered per request for the signed-in actor, never prerendered or cached. */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "cases.person" });
  return { title: t("save"), robots: { index: false } };
}

export default async function EditPersonPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requireActor(locale, "persons.write");
  const person = await getPerson(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations({ locale, namespace: "cases.person" });
  const common = await getTranslations({ locale, namespace: "common.validation" });
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
        errorSummary={common("summary")}
      />
    </>
  );
}
