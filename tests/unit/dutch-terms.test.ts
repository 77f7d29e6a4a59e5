import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultLocale, locales } from "../../src/domain/locale";

/**
 * The info pages mark Dutch domain terms with `<nl>…</nl>` (rendered with lang="nl") and stress
 * with `<b>`. A translation that drops a marking still passes the key and placeholder checks, so
 * this compares the markup of each message with the Dutch one.
 */
const infoAreas = [
  "home",
  "status",
  "rights",
  "integration",
  "brussels",
  "materials",
  "interpreting",
  "about",
];
type Tree = { [key: string]: string | Tree };
const root = path.resolve(import.meta.dirname, "../../messages");
const load = (locale: string, area: string) =>
  JSON.parse(readFileSync(path.join(root, locale, `${area}.json`), "utf8")) as Tree;

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    return typeof value === "string" ? [[name, value] as [string, string]] : flatten(value, name);
  });
}

const dutchTerms = (message: string) =>
  new Set([...message.matchAll(/<nl>(.*?)<\/nl>/g)].map((match) => match[1]!.toLowerCase()));
const otherTags = (message: string) =>
  [...message.matchAll(/<(?!nl>)(\w+)>/g)].map((match) => match[1]).sort();

describe("markup in the info pages' messages", () => {
  for (const area of infoAreas) {
    const reference = new Map(flatten(load(defaultLocale, area)));
    for (const locale of locales.filter((other) => other !== defaultLocale)) {
      it(`${locale}/${area} marks every Dutch term the Dutch text marks, and keeps its other tags`, () => {
        for (const [key, message] of flatten(load(locale, area))) {
          const dutch = reference.get(key) ?? "";
          const marked = dutchTerms(message);
          for (const term of dutchTerms(dutch))
            expect(marked.has(term), `${locale}/${area}: ${key} should mark "${term}"`).toBe(true);
          expect(otherTags(message), `${locale}/${area}: ${key}`).toEqual(otherTags(dutch));
        }
      });
    }
  }
});
