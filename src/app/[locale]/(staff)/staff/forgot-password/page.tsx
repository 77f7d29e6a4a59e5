import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { forgotPasswordAction } from "./actions";
import { signedOutPage } from "../_page/staff-page";

const page = signedOutPage<Record<never, string>, { error?: string; sent?: string }>({
  title: "staff.forgotPassword.title",
});
export const generateMetadata = page.metadata;

export default page.render(async function ForgotPasswordPage({ locale, searchParams: { error, sent } }) {
  const t = await getTranslations({ locale, namespace: "staff.forgotPassword" });
  const validation = await getTranslations({ locale, namespace: "common.validation" });
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
        <Button type="submit" className="mt-4">
          {t("submit")}
        </Button>
      </form>
    </>
  );
});
