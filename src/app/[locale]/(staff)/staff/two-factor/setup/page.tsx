import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { QrCode } from "@/components/staff/qr-code";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { getStaffUser } from "@/server/auth/current-actor";
import { pendingEnrolment } from "@/server/auth/two-factor-enrolment";
import { confirmEnrolmentAction, startEnrolmentAction } from "./actions";
import { signedOutPage } from "../../_page/staff-page";

const page = signedOutPage<Record<never, string>, { error?: string; notice?: string }>({
  title: "staff.twoFactor.setupTitle",
});
export const generateMetadata = page.metadata;

/** Enrolment in authenticator-app codes; requireActor sends staff here while REQUIRE_2FA asks for it. */
export default page.render(async function TwoFactorSetupPage({ locale, searchParams: { error, notice } }) {
  const user = await getStaffUser();
  if (!user) redirect(`/${locale}/staff/sign-in`);
  const t = await getTranslations({ locale, namespace: "staff" });
  if (user.twoFactorEnabled) {
    return (
      <>
        <h1>{t("twoFactor.setupTitle")}</h1>
        <Notice>{t("twoFactor.enabled")}</Notice>
        <p className="mt-4">
          <a href={`/${locale}/staff`}>{t("forbidden.back")}</a>
        </p>
      </>
    );
  }
  const pending = await pendingEnrolment(user.actor.userId);
  return (
    <>
      <h1>{t("twoFactor.setupTitle")}</h1>
      <p className="mt-3">{t("twoFactor.setupIntro")}</p>
      {notice === "enabled" && <Notice>{t("twoFactor.enabled")}</Notice>}
      {pending ? (
        <>
          <p className="mt-4">{t("twoFactor.secretStep")}</p>
          <QrCode text={pending.otpauthUri} label={t("twoFactor.qrLabel")} />
          <dl className="mt-3">
            <dt className="font-semibold">{t("twoFactor.secretLabel")}</dt>
            <dd>
              <code className="text-lg break-all" data-testid="totp-secret">
                {pending.secret}
              </code>
            </dd>
            <dt className="mt-3 font-semibold">{t("twoFactor.uriLabel")}</dt>
            <dd>
              <a href={pending.otpauthUri} className="break-all">
                {pending.otpauthUri}
              </a>
            </dd>
          </dl>
          <form action={confirmEnrolmentAction.bind(null, locale)} className="max-w-md">
            <TextField
              type="text"
              name="code"
              label={t("twoFactor.code")}
              hint={t("twoFactor.codeHint")}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              required
              errors={error === "invalidCode" ? [t("twoFactor.invalidCode")] : []}
            />
            <Button type="submit" className="mt-4">
              {t("twoFactor.confirm")}
            </Button>
          </form>
        </>
      ) : (
        <form action={startEnrolmentAction.bind(null, locale)} className="max-w-md">
          <TextField
            name="password"
            type="password"
            label={t("twoFactor.setupPassword")}
            autoComplete="current-password"
            required
            errors={error === "invalidPassword" ? [t("twoFactor.invalidPassword")] : []}
          />
          <Button type="submit" className="mt-4">
            {t("twoFactor.setupStart")}
          </Button>
        </form>
      )}
    </>
  );
});
