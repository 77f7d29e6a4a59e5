import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publicMessageAreas } from "@/i18n/messages";
import { localeMessages, messagesRoot } from "../../scripts/messages/files";

/**
 * The automated "second reader" for uk and ru (and the few en/nl rules): every message is checked
 * against the forbidden forms listed in messages/GLOSSARY.md, so a term the glossary rejects (a false
 * friend, a calque, a pejorative word, the other nl register) cannot come back unnoticed.
 */
type Rule = { locale: string; pattern: RegExp; insteadUse: string; allowedKeys: string[] };

function forbiddenForms(): Rule[] {
  const glossary = readFileSync(path.join(messagesRoot, "GLOSSARY.md"), "utf8");
  const block = /```forbidden\n([\s\S]*?)```/.exec(glossary)?.[1] ?? "";
  return block
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [locale = "", pattern = "", insteadUse = "", allowed = ""] = `${line} `
        .split(" | ")
        .map((part) => part.trim());
      return {
        locale,
        pattern: new RegExp(pattern, "iu"),
        insteadUse,
        allowedKeys: allowed.split(/\s+/).filter(Boolean),
      };
    });
}

const rules = forbiddenForms();

/** The `counter` block: a translated counter term, and the Dutch term an area using it must also give. */
function counterTerms() {
  const glossary = readFileSync(path.join(messagesRoot, "GLOSSARY.md"), "utf8");
  const block = /```counter\n([\s\S]*?)```/.exec(glossary)?.[1] ?? "";
  return block
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [locale = "", pattern = "", dutch = ""] = line.split(" | ").map((part) => part.trim());
      return {
        locale,
        pattern: new RegExp(pattern, "iu"),
        dutch: new RegExp(`(?<!\\p{L})${dutch}(?!\\p{L})`, "iu"),
        dutchTerm: dutch,
      };
    });
}

describe("messages against the glossary", () => {
  it("GLOSSARY.md lists forbidden forms for uk, ru, en and nl", () => {
    expect(new Set(rules.map((rule) => rule.locale))).toEqual(new Set(["uk", "ru", "en", "nl"]));
    expect(rules.length).toBeGreaterThan(20);
  });

  for (const locale of ["uk", "ru", "en", "nl"]) {
    it(`${locale} uses no form the glossary forbids`, () => {
      const messages = localeMessages(locale);
      const offences: string[] = [];
      for (const rule of rules.filter((candidate) => candidate.locale === locale)) {
        for (const [key, message] of messages) {
          if (rule.allowedKeys.includes(key)) continue;
          // Dutch terms inside <nl>…</nl> are quoted Dutch, not the translator's own words.
          const text = message.replace(/<nl>.*?<\/nl>/g, "");
          const match = rule.pattern.exec(text);
          if (match) offences.push(`${key}: "${match[0]}" → ${rule.insteadUse}`);
        }
      }
      expect(offences).toEqual([]);
    });
  }

  const counters = counterTerms();
  for (const locale of ["uk", "ru", "en"]) {
    it(`${locale}: an area that uses a counter term also gives the Dutch word (first-mention rule)`, () => {
      const byArea = new Map<string, string[]>();
      for (const [key, message] of localeMessages(locale)) {
        const area = key.split(":")[0]!;
        if (!(publicMessageAreas as readonly string[]).includes(area)) continue;
        byArea.set(area, [...(byArea.get(area) ?? []), message]);
      }
      const lacking: string[] = [];
      for (const { pattern, dutch, dutchTerm } of counters.filter((counter) => counter.locale === locale)) {
        for (const [area, messages] of byArea) {
          if (
            messages.some((message) => pattern.test(message)) &&
            !messages.some((message) => dutch.test(message))
          )
            lacking.push(`${area}: ${dutchTerm}`);
        }
      }
      expect(counters.some((counter) => counter.locale === locale)).toBe(true);
      expect(lacking).toEqual([]);
    });
  }

  it("the checker itself catches a forbidden form", () => {
    const rule = rules.find((candidate) => candidate.locale === "uk" && candidate.pattern.test("атестат"));
    expect(rule?.pattern.test("Отримайте атестат")).toBe(true);
    expect(
      rules
        .find((candidate) => candidate.locale === "uk" && candidate.pattern.test("громада"))
        ?.pattern.test("громадянство"),
    ).toBe(false);
  });
});
