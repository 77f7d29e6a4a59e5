import "./fonts.css";
import "./globals.css";
import { locales, localeEndonyms } from "@/domain/locale";
import nl from "../../messages/nl/common.json";

// Paths outside every locale (e.g. /xx/...) cannot know the reader's language: answer in Dutch,
// the default, and offer each language's home page.
export default function GlobalNotFound() {
  return (
    <html lang="nl">
      <body>
        <main id="main" className="mx-auto max-w-3xl px-4 py-10">
          <h1>{nl.notFound.title}</h1>
          <p className="mt-4">{nl.notFound.body}</p>
          <ul className="mt-6 space-y-2">
            {locales.map((locale) => (
              <li key={locale} lang={locale}>
                <a href={`/${locale}`} hrefLang={locale}>
                  {localeEndonyms[locale]}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
