import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { resolveLocale } from "@/i18n/locale-param";
import { findRegistration } from "./actions";
import { Notice } from "@/components/ui/notice";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "infosessions.find" });
  return { title: t("title"), robots: { index: false } };
}

export default async function FindRegistrationPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "infosessions.find" });
  const error =
    query.error === "tooMany" ? t("tooMany") : query.error === "notFound" ? t("notFound") : undefined;
  return (
    <>
      <h1>{t("title")}</h1>
      {error ? <Notice kind="error">{error}</Notice> : null}
      <p className="mt-4">{t("intro")}</p>
      <form action={findRegistration} className="mt-2 grid gap-2">
        <input type="hidden" name="pageLocale" value={locale} />
        <TextField name="contact" type="text" label={t("contact")} autoComplete="email" required />
        <TextField
          name="code"
          type="text"
          label={t("code")}
          hint={t("codeHint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
        />
        <Button type="submit" className="mt-4 justify-self-start">
          {t("submit")}
        </Button>
      </form>
    </>
  );
}
