import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/staff/submit-button";
import { TextField } from "@/components/staff/text-field";
import { resolveLocale } from "@/i18n/locale-param";
import { verifyCodeAction } from "../actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "staff.twoFactor" });
  return { title: t("title") };
}

/** The second sign-in step; better-auth's signed two-factor cookie says whose sign-in is pending. */
export default async function TwoFactorChallengePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "staff.twoFactor" });
  const { error } = await searchParams;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-3">{t("intro")}</p>
      <form action={verifyCodeAction.bind(null, locale)} className="max-w-md">
        <TextField
          name="code"
          label={t("code")}
          hint={t("codeHint")}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          errors={error === "invalidCode" ? [t("invalidCode")] : []}
        />
        <SubmitButton>{t("submit")}</SubmitButton>
      </form>
    </>
  );
}
