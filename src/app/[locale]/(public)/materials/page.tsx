import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FactSource } from "@/components/fact-source";
import { infoPageMetadata } from "@/components/info-page";
import { richTags } from "@/components/rich-text";
import { resolveLocale } from "@/i18n/locale-param";
import { currentFacts } from "@/server/facts/current-facts";

type Props = { params: Promise<{ locale: string }> };

// Regenerated in the background so facts changed by staff show within a minute (src/server/facts).
export const revalidate = 30;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return infoPageMetadata(await resolveLocale(params), "materials", "/materials");
}

export default async function MaterialsPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "materials" });
  const { materials } = await currentFacts();
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="mt-3 text-lg">{t("intro")}</p>
      <ul role="list" className="mt-6 grid list-none gap-4 p-0">
        {materials.value.map((kind) => (
          <li key={kind} className="rounded-lg border border-slate-200 p-4">
            <h2 className="mt-0 text-xl">{t.rich(`items.${kind}.title`, richTags)}</h2>
            <p className="mt-1 text-sm font-semibold text-slate-700">{t(`items.${kind}.audience`)}</p>
            <p className="mt-1">{t.rich(`items.${kind}.body`, richTags)}</p>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        {t("where")}{" "}
        <a href={materials.source.url} rel="noopener">
          {materials.source.title[locale]}
        </a>
      </p>
      <FactSource fact={materials} locale={locale} />
    </>
  );
}
