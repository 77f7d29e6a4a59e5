import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { messagesRoot } from "./files";

/**
 * Which Dutch text each translation translates. For every translated locale,
 * `messages/<locale>.sources.json` maps `area:key` to a short hash of the Dutch message the
 * translation was written (or last checked) against. When the Dutch message changes, its hash no
 * longer matches and the translation is stale until a translator updates it and records the new hash
 * (`npm run i18n:accept`). A stale translation may ship only when `messages/stale-accepted.json`
 * lists it for a release with a reason, against the Dutch text it is stale for.
 */
export const sourceLocale = "nl";
export const translatedLocales = ["en", "uk", "ru"] as const;
export type TranslatedLocale = (typeof translatedLocales)[number];

export type SourceHashes = Record<string, string>;
export type StaleAcceptance = { release: string; reason: string; source: string };
export type StaleAcceptances = Partial<Record<TranslatedLocale, Record<string, StaleAcceptance>>>;

export const sourcesFile = (locale: TranslatedLocale) => path.join(messagesRoot, `${locale}.sources.json`);
export const acceptancesFile = path.join(messagesRoot, "stale-accepted.json");

export const hashOf = (dutch: string) => createHash("sha256").update(dutch, "utf8").digest("hex").slice(0, 12);

const readJson = <T>(file: string, empty: T): T => (existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : empty);
const sortedObject = <T>(entries: Iterable<[string, T]>) => Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const writeJson = (file: string, value: unknown) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

export const readSourceHashes = (locale: TranslatedLocale): SourceHashes => readJson(sourcesFile(locale), {});
export const writeSourceHashes = (locale: TranslatedLocale, hashes: SourceHashes) => writeJson(sourcesFile(locale), sortedObject(Object.entries(hashes)));
export const readAcceptances = (): StaleAcceptances => readJson(acceptancesFile, {});
export const writeAcceptances = (acceptances: StaleAcceptances) =>
  writeJson(acceptancesFile, sortedObject(Object.entries(acceptances).filter(([, keys]) => Object.keys(keys ?? {}).length > 0).map(([locale, keys]) => [locale, sortedObject(Object.entries(keys ?? {}))] as [string, Record<string, StaleAcceptance>])));

export type TranslationState = {
  /** The Dutch text changed since the translation recorded it (or nothing was ever recorded). */
  stale: string[];
  /** Stale, but listed in stale-accepted.json for this Dutch text. */
  acceptedStale: string[];
  /** A Dutch key with no translation in this locale (only areas the locale has). */
  missing: string[];
  /** A recorded hash or acceptance for a key Dutch no longer has. */
  obsolete: string[];
};

/**
 * Compares one locale's translations with the Dutch source. `areasOfLocale` limits the Dutch keys to
 * the areas the locale translates (uk/ru have no staff screens).
 */
export function translationState(
  dutch: Map<string, string>,
  translated: Map<string, string>,
  hashes: SourceHashes,
  acceptances: Record<string, StaleAcceptance> = {},
  areasOfLocale: ReadonlySet<string> = new Set([...translated.keys()].map((key) => key.split(":")[0]!)),
): TranslationState {
  const state: TranslationState = { stale: [], acceptedStale: [], missing: [], obsolete: [] };
  for (const [key, source] of dutch) {
    if (!areasOfLocale.has(key.split(":")[0]!)) continue;
    if (!translated.has(key)) {
      state.missing.push(key);
      continue;
    }
    const current = hashOf(source);
    if (hashes[key] === current) continue;
    if (acceptances[key]?.source === current) state.acceptedStale.push(key);
    else state.stale.push(key);
  }
  for (const key of new Set([...Object.keys(hashes), ...Object.keys(acceptances)])) if (!dutch.has(key)) state.obsolete.push(key);
  return state;
}

/** The hashes after a translator accepts `keys` (all translated keys when empty): stale and obsolete entries are updated or dropped. */
export function acceptedHashes(dutch: Map<string, string>, translated: Map<string, string>, hashes: SourceHashes, keys: (key: string) => boolean): SourceHashes {
  const next: SourceHashes = {};
  for (const [key, hash] of Object.entries(hashes)) if (dutch.has(key) && translated.has(key)) next[key] = hash;
  for (const key of translated.keys()) {
    const source = dutch.get(key);
    if (source !== undefined && keys(key)) next[key] = hashOf(source);
  }
  return next;
}
