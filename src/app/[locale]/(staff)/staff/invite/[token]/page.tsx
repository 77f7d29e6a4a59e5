import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { minPasswordLength } from "@/domain/accounts";
import { validationKeys } from "@/domain/validation";
import { resolveLocale } from "@/i18n/locale-param";
import { findOpenInvitation } from "@/server/accounts/accept-invitation";
import { acceptInvitationAction } from "./actions";
import { AcceptInvitationForm } from "./accept-form";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "staff.invite" });
  // The token must not leak to another site through the Referer header ("same-origin": "no-referrer"
  // would also blank the Origin header, which Next's server-action check refuses).
  return { title: t("title"), referrer: "same-origin" };
}

export default async function AcceptInvitationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { token } = await params;
  const t = await getTranslations({ locale, namespace: "staff" });
  const validation = await getTranslations({ locale, namespace: "common.validation" });
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
          passwordsDiffer: t("form.passwordsDiffer"),
          submit: t("invite.submit"),
          invalid: t("invite.invalidBody"),
          accountExists: t("invite.accountExists"),
          validation: Object.fromEntries(validationKeys.map((key) => [key, validation(key)])),
        }}
      />
    </>
  );
}
