import type { MetadataRoute } from "next";
import { locales } from "@/domain/locale";
import { baseUrl } from "@/env";

/** Search engines may read the public pages; staff screens, the API and eligibility answers stay out. */
export default function robots(): MetadataRoute.Robots {
  const base = baseUrl().replace(/\/$/, "");
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/api/",
        ...locales.flatMap((locale) => [`/${locale}/staff`, `/${locale}/eligibility/result`]),
      ],
    },
    sitemap: `${base}/sitemap.xml`,
  };
}
