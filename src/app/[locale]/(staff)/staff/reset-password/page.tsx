import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { minPasswordLength } from "@/domain/accounts";
import { isResetTokenOpen } from "@/server/auth/password-reset";
import { resetPasswordAction } from "./actions";
import { validationKeysOrNull } from "./password-errors";
import { signedOutPage } from "../_page/staff-page";

const page = signedOutPage<Record<never, string>, { token?: string; error?: string }>({
  title: "staff.resetPassword.title",
  referrer: "same-origin",
});
export const generateMetadata = page.metadata;

export default page.render(async function ResetPasswordPage({ locale, searchParams }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  const validation = await getTranslations({ locale, namespace: "common.validation" });
  const { token = "", error } = searchParams;
  if (error === "invalidToken" || !(await isResetTokenOpen(token))) {
    return (
      <>
        <h1>{t("resetPassword.title")}</h1>
        <Notice kind="error">{t("resetPassword.invalidToken")}</Notice>
        <p className="mt-4">
          <a href={`/${locale}/staff/forgot-password`}>{t("resetPassword.requestNew")}</a>
        </p>
      </>
    );
  }
  const validationKey = validationKeysOrNull(error);
  const passwordErrors = validationKey ? [validation(validationKey)] : [];
  return (
    <>
      <h1>{t("resetPassword.title")}</h1>
      <form action={resetPasswordAction.bind(null, locale)} noValidate className="max-w-md">
        <input type="hidden" name="token" value={token} />
        <TextField
          name="password"
          type="password"
          label={t("resetPassword.password")}
          hint={t("form.passwordHint", { min: minPasswordLength })}
          autoComplete="new-password"
          required
          minLength={minPasswordLength}
          errors={passwordErrors}
        />
        <TextField
          name="passwordConfirm"
          type="password"
          label={t("resetPassword.passwordConfirm")}
          autoComplete="new-password"
          required
          errors={error === "passwordsDiffer" ? [t("form.passwordsDiffer")] : []}
        />
        <Button type="submit" className="mt-4">
          {t("resetPassword.submit")}
        </Button>
      </form>
    </>
  );
});
