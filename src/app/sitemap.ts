import type { MetadataRoute } from "next";
import { locales } from "@/domain/locale";
import { publicPagePaths } from "@/domain/public-pages";
import { baseUrl } from "@/env";

/** Every public page in every locale, each with its hreflang alternates (built once, at build time). */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = baseUrl().replace(/\/$/, "");
  return publicPagePaths.flatMap((path) => {
    const languages = Object.fromEntries(locales.map((locale) => [locale, `${base}/${locale}${path}`]));
    return locales.map((locale) => ({
      url: `${base}/${locale}${path}`,
      changeFrequency: "monthly" as const,
      priority: path === "" ? 1 : 0.8,
      alternates: { languages: { ...languages, "x-default": `${base}/nl${path}` } },
    }));
  });
}
