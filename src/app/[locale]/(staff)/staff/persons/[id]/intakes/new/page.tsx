import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { brusselsDate } from "@/domain/time/brussels";
import { resolveLocale } from "@/i18n/locale-param";
import { requireActor } from "@/server/auth/current-actor";
import { getPerson } from "@/server/cases/get-person";
import { AppError } from "@/server/errors";
import { fullName } from "../../../../_cases/format";
import { StaffForm } from "../../../../_cases/staff-form";
import { startIntakeAction } from "../../../../intakes/actions";

/** Personal data: rendered per request for the signed-in actor, never prerendered or cached. */
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "cases.intake" });
  return { title: t("start"), robots: { index: false } };
}

export default async function NewIntakePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const actor = await requireActor(locale, "intakes.write");
  const person = await getPerson(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations({ locale, namespace: "cases.intake" });
  const common = await getTranslations({ locale, namespace: "common.validation" });
  return (
    <>
      <h1>{t("newTitle", { name: fullName(person) })}</h1>
      <p>{t("draftHint")}</p>
      <StaffForm
        action={startIntakeAction.bind(null, locale, person.id)}
        fields={[{ kind: "date", name: "conductedOn", label: t("conductedOn"), required: true }]}
        initialValues={{ conductedOn: brusselsDate(new Date()) }}
        submitLabel={t("start")}
        errorSummary={common("summary")}
      />
    </>
  );
}
