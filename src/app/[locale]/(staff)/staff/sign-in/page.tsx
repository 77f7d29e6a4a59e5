import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { getStaffUser } from "@/server/auth/current-actor";
import { signInAction } from "./actions";
import { SignInForm } from "./sign-in-form";
import { signedOutPage } from "../_page/staff-page";

const notices = ["signedOut", "passwordChanged", "accountCreated", "twoFactorExpired"] as const;

const page = signedOutPage<Record<never, string>, { notice?: string }>({ title: "staff.signIn.title" });
export const generateMetadata = page.metadata;

export default page.render(async function SignInPage({ locale, searchParams: { notice } }) {
  if (await getStaffUser()) redirect(`/${locale}/staff`);
  const t = await getTranslations({ locale, namespace: "staff" });
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
        }}
      />
      <p className="mt-6">
        <a href={`/${locale}/staff/forgot-password`}>{t("signIn.forgotPassword")}</a>
      </p>
    </>
  );
});
