import { getTranslations } from "next-intl/server";
import { minPasswordLength } from "@/domain/accounts";
import { findOpenInvitation } from "@/server/accounts/accept-invitation";
import { acceptInvitationAction } from "./actions";
import { AcceptInvitationForm } from "./accept-form";
import { signedOutPage } from "../../_page/staff-page";

const page = signedOutPage<{ token: string }>({ title: "staff.invite.title", referrer: "same-origin" });
export const generateMetadata = page.metadata;

export default page.render(async function AcceptInvitationPage({ locale, params: { token } }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  const invitation = await findOpenInvitation(token);
  if (!invitation) {
    return (
      <>
        <h1>{t("invite.invalidTitle")}</h1>
        <p className="mt-4">{t("invite.invalidBody")}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t("invite.title")}</h1>
      <p className="mt-3">
        {t("invite.intro", {
          organisation: invitation.organisationName,
          email: invitation.email,
          role: t(`roles.${invitation.role}`),
        })}
      </p>
      <AcceptInvitationForm
        action={acceptInvitationAction.bind(null, locale, token)}
        minLength={minPasswordLength}
        labels={{
          name: t("invite.name"),
          password: t("invite.password"),
          passwordHint: t("form.passwordHint", { min: minPasswordLength }),
          passwordConfirm: t("invite.passwordConfirm"),
          submit: t("invite.submit"),
        }}
      />
    </>
  );
});
