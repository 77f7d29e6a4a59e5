import "./fonts.css";
import "./globals.css";
import { locales, localeEndonyms } from "@/domain/locale";
import en from "../../messages/en/common.json";
import nl from "../../messages/nl/common.json";
import ru from "../../messages/ru/common.json";
import uk from "../../messages/uk/common.json";

const texts = { nl: nl.notFound, uk: uk.notFound, en: en.notFound, ru: ru.notFound };

// Every path that matches no page ends here (there is no catch-all route under [locale]): Next
// serves this page prerendered, so its text is in the server's HTML and needs no JavaScript. A
// notFound() thrown while a page renders only gets an empty shell filled in by scripts
// (vercel/next.js#62228). This page cannot know the reader's language, so it speaks all four.
export default function GlobalNotFound() {
  return (
    <html lang="nl">
      <body>
        {/* React hoists this into <head>; one title in all four languages, like the page. */}
        <title>{locales.map((locale) => texts[locale].title).join(" · ")}</title>
        <main id="main" className="mx-auto max-w-3xl px-4 py-10">
          {locales.map((locale) => (
            <section key={locale} lang={locale} className="mb-8">
              {/* One h1 for the page; the other languages are its sections. */}
              {locale === locales[0] ? <h1>{texts[locale].title}</h1> : <h2>{texts[locale].title}</h2>}
              <p className="mt-2">{texts[locale].body}</p>
              <p className="mt-2">
                <a href={`/${locale}`} hrefLang={locale}>
                  {texts[locale].home} ({localeEndonyms[locale]})
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
