import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/staff/notice";
import { validationKeys } from "@/domain/validation";
import { resolveLocale } from "@/i18n/locale-param";
import { getStaffUser } from "@/server/auth/current-actor";
import { signInWindowMinutes } from "@/server/auth/sign-in-limits";
import { signInAction } from "./actions";
import { SignInForm } from "./sign-in-form";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ notice?: string }> };

const notices = ["signedOut", "passwordChanged", "accountCreated", "twoFactorExpired"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "staff.signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  if (await getStaffUser()) redirect(`/${locale}/staff`);
  const t = await getTranslations({ locale, namespace: "staff" });
  const common = await getTranslations({ locale, namespace: "common.validation" });
  const { notice } = await searchParams;
  const shownNotice = notices.find((candidate) => candidate === notice);
  return (
    <>
      <h1>{t("signIn.title")}</h1>
      <p className="mt-3">{t("signIn.intro")}</p>
      {shownNotice && (
        <Notice>
          {shownNotice === "twoFactorExpired" ? t("twoFactor.expired") : t(`signIn.${shownNotice}`)}
        </Notice>
      )}
      <SignInForm
        action={signInAction.bind(null, locale)}
        labels={{
          email: t("signIn.email"),
          password: t("signIn.password"),
          submit: t("signIn.submit"),
          invalidCredentials: t("signIn.invalidCredentials"),
          locked: t("signIn.locked", { minutes: signInWindowMinutes }),
          validation: Object.fromEntries(validationKeys.map((key) => [key, common(key)])),
        }}
      />
      <p className="mt-6">
        <a href={`/${locale}/staff/forgot-password`}>{t("signIn.forgotPassword")}</a>
      </p>
    </>
  );
}
