import type { Metadata } from "next";
import { locales, type Locale } from "@/domain/locale";

/** Canonical and hreflang alternates for a path that exists in every locale (`path` starts with `/` or is empty). */
export function alternatesFor(locale: Locale, path: string): Metadata["alternates"] {
  const languages: Record<string, string> = Object.fromEntries(
    locales.map((other) => [other, `/${other}${path}`]),
  );
  languages["x-default"] = `/nl${path}`;
  return { canonical: `/${locale}${path}`, languages };
}
