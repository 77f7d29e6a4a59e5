import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { verifyCodeAction } from "../actions";
import { signedOutPage } from "../../_page/staff-page";

const page = signedOutPage<Record<never, string>, { error?: string }>({ title: "staff.twoFactor.title" });
export const generateMetadata = page.metadata;

/** The second sign-in step; better-auth's signed two-factor cookie says whose sign-in is pending. */
export default page.render(async function TwoFactorChallengePage({ locale, searchParams: { error } }) {
  const t = await getTranslations({ locale, namespace: "staff.twoFactor" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-3">{t("intro")}</p>
      <form action={verifyCodeAction.bind(null, locale)} className="max-w-md">
        <TextField
          type="text"
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
        <Button type="submit" className="mt-4">
          {t("submit")}
        </Button>
      </form>
    </>
  );
});
