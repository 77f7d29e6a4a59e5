import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "@/domain/locale";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // No locale cookie: info pages must be cacheable by a CDN, and the language is always in the path.
  localeCookie: false,
});
