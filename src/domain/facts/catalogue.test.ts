import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factCatalogue, factIds } from "./catalogue";
import { mergeStoredFacts, monthsSince } from "./fact-set";
import { locales } from "../locale";

describe("fact catalogue", () => {
  it("holds initial values that pass their own schema, with a sourced, dated, translated entry", () => {
    for (const id of factIds) {
      const { initial, schema } = factCatalogue[id];
      expect(schema.safeParse(initial.value).success, id).toBe(true);
      expect(initial.checkedOn, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(initial.source.url, id).toMatch(/^https:\/\//);
      for (const locale of locales)
        expect(initial.source.title[locale].length, `${id} ${locale}`).toBeGreaterThan(0);
    }
  });

  it("marks the facts no recent source confirms as low confidence, so pages do not print them as certain", () => {
    expect(factCatalogue.legalHelpdesk.initial.confidence).toBe("low");
    expect(factCatalogue.interpretingForUkraine.initial.confidence).toBe("low");
    expect(factCatalogue.brusselsCivicIntegrationExemption.initial.confidence).toBe("low");
  });

  it("ignores a stored value that no longer fits the fact's shape, and uses a valid one", () => {
    const source = factCatalogue.emergencyNumbers.initial.source;
    const facts = mergeStoredFacts([
      { id: "endDateHistory", value: "not a history", source, checkedOn: "2026-12-01", confidence: "high" },
      {
        id: "interpretingForUkraine",
        value: { freeOfCharge: false },
        source,
        checkedOn: "2026-12-01",
        confidence: "high",
      },
      { id: "noSuchFact", value: 1, source, checkedOn: "2026-12-01", confidence: "high" },
    ]);
    expect(facts.endDateHistory.value.at(-1)?.endsOn).toBe("2028-03-04");
    expect(facts.interpretingForUkraine).toMatchObject({
      value: { freeOfCharge: false },
      confidence: "high",
    });
  });

  it("counts whole months since a check", () => {
    expect(monthsSince("2026-06-01", new Date("2026-12-01T10:00:00Z"))).toBe(6);
    expect(monthsSince("2026-06-02", new Date("2026-12-01T10:00:00Z"))).toBe(5);
    expect(monthsSince("2022-05-06", new Date("2026-12-01T10:00:00Z"))).toBe(54);
  });
});

describe("no page names a closed place as current", () => {
  it("names neither the Heizel nor the Klein Kasteeltje in any fact or public message", () => {
    const texts = [JSON.stringify(factCatalogue)];
    for (const locale of locales) {
      const folder = join(process.cwd(), "messages", locale);
      for (const file of readdirSync(folder)) texts.push(readFileSync(join(folder, file), "utf8"));
    }
    for (const text of texts) expect(text).not.toMatch(/Heizel|Heysel|Klein Kasteeltje|Petit[- ]Château/i);
  });
});
