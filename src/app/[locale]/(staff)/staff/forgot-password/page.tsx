import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/staff/notice";
import { SubmitButton } from "@/components/staff/submit-button";
import { TextField } from "@/components/staff/text-field";
import { resolveLocale } from "@/i18n/locale-param";
import { forgotPasswordAction } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ error?: string; sent?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "staff.forgotPassword" });
  return { title: t("title") };
}

export default async function ForgotPasswordPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "staff.forgotPassword" });
  const validation = await getTranslations({ locale, namespace: "common.validation" });
  const { error, sent } = await searchParams;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-3">{t("intro")}</p>
      {sent && <Notice>{t("sent")}</Notice>}
      <form action={forgotPasswordAction.bind(null, locale)} noValidate className="max-w-md">
        <TextField
          name="email"
          type="email"
          label={t("email")}
          autoComplete="username"
          required
          errors={error === "invalidEmail" ? [validation("invalidEmail")] : []}
        />
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </>
  );
}
