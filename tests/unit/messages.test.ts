import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultLocale, locales } from "../../src/domain/locale";
import { messageAreas, messageAreasFor } from "../../src/i18n/messages";

type Tree = { [key: string]: string | Tree };
const root = path.resolve(import.meta.dirname, "../../messages");
const load = (locale: string, area: string) =>
  JSON.parse(readFileSync(path.join(root, locale, `${area}.json`), "utf8")) as Tree;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(name, value);
    else for (const [k, v] of flatten(value, name)) entries.set(k, v);
  }
  return entries;
}

/** The ICU argument names a message uses ({count}, {date, date}, plural branches' arguments). */
const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]))].sort();

describe("message files", () => {
  it("exist for every area of every locale (staff areas only in staff locales), and no other files", () => {
    for (const locale of locales) {
      expect(readdirSync(path.join(root, locale)).sort()).toEqual(
        messageAreasFor(locale)
          .map((area) => `${area}.json`)
          .sort(),
      );
    }
  });

  for (const area of messageAreas) {
    const reference = flatten(load(defaultLocale, area));
    for (const locale of locales.filter((candidate) => messageAreasFor(candidate).includes(area))) {
      it(`${locale}/${area} has the same keys as ${defaultLocale}, none empty, with the same placeholders`, () => {
        const messages = flatten(load(locale, area));
        expect([...messages.keys()].sort()).toEqual([...reference.keys()].sort());
        for (const [key, message] of messages) {
          expect(message.trim(), `${locale}/${area}: ${key}`).not.toBe("");
          expect(placeholders(message), `${locale}/${area}: ${key}`).toEqual(
            placeholders(reference.get(key) ?? ""),
          );
        }
      });
    }
  }
});
