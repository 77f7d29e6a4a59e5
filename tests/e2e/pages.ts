import { locales } from "../../src/domain/locale";

/** Every public page path (without the locale prefix); later features add theirs here. */
export const publicPaths = [
  "",
  "/status",
  "/rights",
  "/eligibility",
  "/help",
  "/integration",
  "/brussels",
  "/materials",
  "/interpreting",
  "/about",
  "/infosessions",
] as const;

export const everyPublicPage = locales.flatMap((locale) =>
  publicPaths.map((path) => ({ locale, path: `/${locale}${path}` })),
);
