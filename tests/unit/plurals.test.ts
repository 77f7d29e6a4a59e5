import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/domain/locale";
import about from "../../messages/nl/about.json";
import ruAbout from "../../messages/ru/about.json";
import ukAbout from "../../messages/uk/about.json";
import { localeMessages } from "../../scripts/messages/files";

/**
 * A number printed next to a noun must go through an ICU plural, or it is right only for some
 * values («24 місяців» is wrong, «24 місяці» right; "1 rows"). Which arguments are numbers:
 * - any argument a message uses as `plural` or `number` in any locale (the code passes a number), and
 * - arguments whose name says they count something (`countingNames`).
 * Labels that merely carry a number (a waiting-list position, a step, a page, a phone option) are
 * not counts: "number {position} on the list" needs no agreement.
 * A counted argument outside a plural fails when a word follows it directly ("{count} rijen"),
 * except "van"/"of" between two numbers ("{taken} of {capacity, plural, …}").
 */
const countingNames =
  /^(count|total|months|years|weeks|days|hours|minutes|seconds|seats|needed|hired|taken|capacity|min|max|places|rows|imported)$/i;
const connectives = new Set(["van", "of"]);
const pluralCategories: Record<string, string[]> = {
  nl: ["one", "other"],
  en: ["one", "other"],
  uk: ["one", "few", "many", "other"],
  ru: ["one", "few", "many", "other"],
};
const locales = ["nl", "en", "uk", "ru"] as const;
const all = Object.fromEntries(locales.map((locale) => [locale, localeMessages(locale)])) as Record<
  (typeof locales)[number],
  Map<string, string>
>;

// Tags (<nl>, <b>) are stripped first: "{count} <nl>gemeenschapscentra</nl>" is a count next to a noun.
const parseMessage = (message: string) => parse(message.replace(/<\/?\w+>/g, ""), { ignoreTag: true });

function walk(
  elements: MessageFormatElement[],
  visit: (element: MessageFormatElement, siblings: MessageFormatElement[], index: number) => void,
) {
  elements.forEach((element, index) => {
    visit(element, elements, index);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) walk(option.value, visit);
  });
}

/** Argument names that the message treats as numbers (plural or number) in any locale. */
function numericArguments(key: string): Set<string> {
  const names = new Set<string>();
  for (const locale of locales) {
    const message = all[locale].get(key);
    if (message === undefined) continue;
    walk(parseMessage(message), (element) => {
      if (element.type === TYPE.plural || element.type === TYPE.number) names.add(element.value);
    });
  }
  return names;
}

function isCurrency(element: MessageFormatElement): boolean {
  return (
    element.type === TYPE.number &&
    typeof element.style === "object" &&
    element.style !== null &&
    "tokens" in element.style &&
    element.style.tokens.some((token) => token.stem === "currency")
  );
}

/** "{count} rijen" offences in one message: a counted argument, outside a plural, followed by a word. */
export function countsWithoutPlural(message: string, numeric: Set<string>): string[] {
  const offences: string[] = [];
  walk(parseMessage(message), (element, siblings, index) => {
    if (element.type !== TYPE.argument && element.type !== TYPE.number) return;
    // An amount of money ("0,60 € per lestijd") is a measure, not a count: no noun agrees with it.
    if (element.type === TYPE.number && isCurrency(element)) return;
    if (!numeric.has(element.value) && !countingNames.test(element.value)) return;
    const next = siblings[index + 1];
    if (next?.type !== TYPE.literal) return;
    const word = /^\s*(\p{L}+)/u.exec(next.value)?.[1];
    if (word && !connectives.has(word.toLowerCase())) offences.push(`{${element.value}} ${word}`);
  });
  return offences;
}

describe("numbers in messages", () => {
  it("the check catches a count next to a noun and accepts a plural", () => {
    expect(countsWithoutPlural("Importeer {count} rijen", new Set())).toEqual(["{count} rijen"]);
    expect(countsWithoutPlural("Через {months} місяців", new Set(["months"]))).toEqual(["{months} місяців"]);
    expect(countsWithoutPlural("{count, plural, one {# rij} other {# rijen}}", new Set())).toEqual([]);
    expect(countsWithoutPlural("Je staat op plaats {position} van de wachtlijst", new Set())).toEqual([]);
    expect(
      countsWithoutPlural("{taken} van {capacity, plural, one {# plaats} other {# plaatsen}}", new Set()),
    ).toEqual([]);
    expect(
      countsWithoutPlural("Een lestijd kost {fee, number, ::currency/EUR} per persoon", new Set(["fee"])),
    ).toEqual([]);
    expect(countsWithoutPlural("{fee, number} lestijden", new Set(["fee"]))).toEqual(["{fee} lestijden"]);
  });

  it("renders the forms the review found wrong or lucky (24 months, 83.2 full-time equivalents)", () => {
    const render = (
      locale: Locale,
      messages: typeof about,
      key: "privacy.caseworkers.retention" | "vacancies.body",
      values: Record<string, number | string>,
    ) => createTranslator({ locale, messages: { about: messages }, namespace: "about" })(key, values);
    expect(render("uk", ukAbout, "privacy.caseworkers.retention", { months: 24 })).toContain("24 місяці ");
    expect(render("uk", ukAbout, "privacy.caseworkers.retention", { months: 25 })).toContain("25 місяців ");
    expect(render("ru", ruAbout, "privacy.caseworkers.retention", { months: 24 })).toContain("24 месяца ");
    expect(render("ru", ruAbout, "privacy.caseworkers.retention", { months: 21 })).toContain("21 месяц ");
    expect(render("nl", about, "vacancies.body", { needed: 83.2, hired: 1, date: "6 mei 2022" })).toContain(
      "83,2 voltijdsequivalenten",
    );
    expect(render("nl", about, "vacancies.body", { needed: 83.2, hired: 1, date: "6 mei 2022" })).toContain(
      "was er al 1 persoon",
    );
    expect(
      render("uk", ukAbout, "vacancies.body", { needed: 83.2, hired: 27, date: "6 травня 2022" }),
    ).toContain("на 83,2 ставки");
  });

  for (const locale of locales) {
    it(`${locale}: every count next to a word goes through a plural`, () => {
      const offences = [...all[locale]].flatMap(([key, message]) =>
        countsWithoutPlural(message, numericArguments(key)).map((offence) => `${key}: ${offence}`),
      );
      expect(offences).toEqual([]);
    });

    it(`${locale}: every plural has the categories the language needs (${pluralCategories[locale]!.join("/")})`, () => {
      const missing: string[] = [];
      for (const [key, message] of all[locale]) {
        walk(parseMessage(message), (element) => {
          if (element.type !== TYPE.plural || element.pluralType === "ordinal") return;
          const categories = Object.keys(element.options);
          for (const category of pluralCategories[locale]!)
            if (!categories.includes(category)) missing.push(`${key}: {${element.value}} lacks ${category}`);
        });
      }
      expect(missing).toEqual([]);
    });
  }
});
