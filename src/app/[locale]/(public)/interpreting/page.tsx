import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { infoPageMetadata } from "@/components/info-page";
import { InterpretingCost } from "@/components/interpreting-cost";
import { richTags } from "@/components/rich-text";
import { Steps } from "@/components/steps";
import { resolveLocale } from "@/i18n/locale-param";
import { currentFacts } from "@/server/facts/current-facts";

type Props = { params: Promise<{ locale: string }> };

// Regenerated in the background so facts changed by staff show within a minute (src/server/facts).
export const revalidate = 30;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return infoPageMetadata(await resolveLocale(params), "interpreting", "/interpreting");
}

export default async function InterpretingPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "interpreting" });
  const { interpretingForUkraine } = await currentFacts();
  // Staff screens exist in Dutch and English only; Ukrainian and Russian readers are sent to English.
  const staffLocale = locale === "nl" ? "nl" : "en";
  const request = (["signIn", "describe", "confirm"] as const).map((step) => ({
    title: t(`request.steps.${step}.title`),
    body: <p>{t(`request.steps.${step}.body`)}</p>,
  }));
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="mt-3 text-lg">{t.rich("intro", richTags)}</p>

      <section aria-labelledby="what">
        <h2 id="what">{t("what.heading")}</h2>
        <dl className="mt-2">
          {(["socialInterpreters", "translators", "crisisInterpreters"] as const).map((kind) => (
            <div key={kind} className="mb-3">
              <dt className="font-semibold">{t(`what.kinds.${kind}.title`)}</dt>
              <dd>{t(`what.kinds.${kind}.body`)}</dd>
            </div>
          ))}
        </dl>
        <h3>{t("why.heading")}</h3>
        <p className="mt-2">{t("why.body")}</p>
      </section>

      <section aria-labelledby="cost">
        <h2 id="cost">{t("cost.heading")}</h2>
        <InterpretingCost
          fact={interpretingForUkraine}
          locale={locale}
          wording={(notice) => t.rich(`cost.${notice}`, richTags)}
        />
      </section>

      <section aria-labelledby="request">
        <h2 id="request">{t("request.heading")}</h2>
        <p className="mt-2">{t("request.forPeople")}</p>
        <p className="mt-2">{t("request.forServices")}</p>
        <Steps steps={request} />
        <p className="mt-4">
          <a href={`/${staffLocale}/staff/interpreters`}>{t("request.link")}</a>
        </p>
      </section>

      <section aria-labelledby="volunteers">
        <h2 id="volunteers">{t("volunteers.heading")}</h2>
        <p className="mt-2">{t("volunteers.body")}</p>
      </section>
    </>
  );
}
