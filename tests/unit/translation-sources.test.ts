import { describe, expect, it } from "vitest";
import { messageAreasFor } from "@/i18n/messages";
import { localeMessages } from "../../scripts/messages/files";
import {
  acceptedHashes,
  hashOf,
  readAcceptances,
  readSourceHashes,
  sourceLocale,
  translatedLocales,
  translationState,
} from "../../scripts/messages/sources";

/**
 * Every en, uk and ru message records the Dutch text it translates (messages/<locale>.sources.json).
 * When a Dutch message changes, its translations are stale until a translator updates them and runs
 * `npm run i18n:accept`; a stale translation may ship only when `npm run i18n:defer` listed it, for
 * a release and with a reason, against the Dutch text it is stale for.
 */
describe("translations record the Dutch text they translate", () => {
  const dutch = localeMessages(sourceLocale);
  const acceptances = readAcceptances();

  for (const locale of translatedLocales) {
    it(`${locale}: no stale translation (run npm run i18n:status), no obsolete record`, () => {
      const state = translationState(
        dutch,
        localeMessages(locale),
        readSourceHashes(locale),
        acceptances[locale],
        new Set(messageAreasFor(locale)),
      );
      expect(state.stale, `${locale}: translations whose Dutch source changed`).toEqual([]);
      expect(
        state.obsolete,
        `${locale}: records for keys Dutch no longer has (npm run i18n:accept -- ${locale} drops them)`,
      ).toEqual([]);
    });

    it(`${locale}: every accepted stale translation names a release and a reason`, () => {
      for (const [key, acceptance] of Object.entries(acceptances[locale] ?? {})) {
        expect(acceptance.release.trim(), `${locale}: ${key}`).not.toBe("");
        expect(acceptance.reason.trim().length, `${locale}: ${key} needs a reason`).toBeGreaterThan(10);
      }
    });
  }

  it("a changed Dutch message makes its translation stale until accepted or deferred against the new text", () => {
    const before = new Map([
      ["home:title", "Eerste stappen"],
      ["home:intro", "Welkom"],
    ]);
    const translated = new Map([
      ["home:title", "First steps"],
      ["home:intro", "Welcome"],
    ]);
    const hashes = acceptedHashes(before, translated, {}, () => true);
    expect(translationState(before, translated, hashes).stale).toEqual([]);

    const after = new Map([
      ["home:title", "Je eerste stappen"],
      ["home:intro", "Welkom"],
      ["home:new", "Nieuw"],
    ]);
    const state = translationState(after, translated, hashes);
    expect(state.stale).toEqual(["home:title"]);
    expect(state.missing).toEqual(["home:new"]);

    const deferred = {
      "home:title": {
        release: "2027.01",
        reason: "Translator on leave until January",
        source: hashOf("Je eerste stappen"),
      },
    };
    expect(translationState(after, translated, hashes, deferred)).toMatchObject({
      stale: [],
      acceptedStale: ["home:title"],
    });
    // Deferred against an older Dutch text: stale again.
    expect(
      translationState(new Map([...after, ["home:title", "Nog iets anders"]]), translated, hashes, deferred)
        .stale,
    ).toEqual(["home:title"]);

    const accepted = acceptedHashes(after, translated, hashes, (key) => key === "home:title");
    expect(translationState(after, translated, accepted).stale).toEqual([]);
  });
});
