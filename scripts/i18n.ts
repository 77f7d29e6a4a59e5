/**
 * The translator's commands (see README, "Translating"):
 *   npm run i18n:status [-- <locale>...]             stale, missing and obsolete keys per locale
 *   npm run i18n:accept -- <locale|all> [<key>...]   record the current Dutch text as the source of
 *                                                    these translations (all keys when none given);
 *                                                    a key is `area:dotted.key` or a whole `area`
 *   npm run i18n:defer -- <locale> <release> "<reason>" <key>...
 *                                                    ship these translations stale for one release
 */
import { messageAreasFor } from "../src/i18n/messages";
import { localeMessages } from "./messages/files";
import {
  acceptedHashes,
  hashOf,
  readAcceptances,
  readSourceHashes,
  sourceLocale,
  translatedLocales,
  translationState,
  writeAcceptances,
  writeSourceHashes,
  type TranslatedLocale,
} from "./messages/sources";

const [command, ...args] = process.argv.slice(2);
const dutch = localeMessages(sourceLocale);
const isTranslatedLocale = (value: string): value is TranslatedLocale =>
  (translatedLocales as readonly string[]).includes(value);
const shorten = (text: string) => (text.length > 110 ? `${text.slice(0, 107)}…` : text);

function localesFrom(values: string[]): TranslatedLocale[] {
  if (values.length === 0 || values.includes("all")) return [...translatedLocales];
  const unknown = values.filter((value) => !isTranslatedLocale(value));
  if (unknown.length > 0)
    throw new Error(`Unknown locale ${unknown.join(", ")}: use ${translatedLocales.join(", ")} or all.`);
  return values as TranslatedLocale[];
}

/** `area:key` matches itself, `area` matches every key of the area. */
function selector(keys: string[]): (key: string) => boolean {
  if (keys.length === 0) return () => true;
  const unknown = keys.filter(
    (wanted) => ![...dutch.keys()].some((key) => key === wanted || key.startsWith(`${wanted}:`)),
  );
  if (unknown.length > 0)
    throw new Error(`No Dutch message ${unknown.join(", ")} (write area:dotted.key or an area name).`);
  return (key) => keys.some((wanted) => key === wanted || key.startsWith(`${wanted}:`));
}

function stateOf(locale: TranslatedLocale) {
  const translated = localeMessages(locale);
  return {
    translated,
    state: translationState(
      dutch,
      translated,
      readSourceHashes(locale),
      readAcceptances()[locale],
      new Set(messageAreasFor(locale)),
    ),
  };
}

function status(locales: TranslatedLocale[]): number {
  const acceptances = readAcceptances();
  let open = 0;
  for (const locale of locales) {
    const { state } = stateOf(locale);
    open += state.stale.length + state.missing.length;
    console.log(
      `${locale}: ${state.stale.length} stale, ${state.missing.length} missing, ${state.acceptedStale.length} stale but accepted, ${state.obsolete.length} obsolete`,
    );
    for (const key of state.stale)
      console.log(`  stale    ${key}\n           nl: ${shorten(dutch.get(key) ?? "")}`);
    for (const key of state.missing)
      console.log(`  missing  ${key}\n           nl: ${shorten(dutch.get(key) ?? "")}`);
    for (const key of state.acceptedStale)
      console.log(
        `  accepted ${key} (${acceptances[locale]?.[key]?.release}: ${acceptances[locale]?.[key]?.reason})`,
      );
    for (const key of state.obsolete)
      console.log(`  obsolete ${key} (no longer in Dutch; i18n:accept drops it)`);
  }
  if (open > 0) console.log(`\nUpdate the translations, then: npm run i18n:accept -- <locale> <keys>`);
  return 0;
}

function accept(locale: string | undefined, keys: string[]): number {
  const wanted = selector(keys);
  const acceptances = readAcceptances();
  for (const target of localesFrom(locale ? [locale] : [])) {
    const translated = localeMessages(target);
    const before = readSourceHashes(target);
    const after = acceptedHashes(dutch, translated, before, wanted);
    writeSourceHashes(target, after);
    // A translation accepted against the current Dutch text no longer needs its stale exception.
    for (const key of Object.keys(acceptances[target] ?? {}))
      if (after[key] && after[key] === hashOf(dutch.get(key) ?? "")) delete acceptances[target]![key];
    const changed = Object.keys(after).filter((key) => before[key] !== after[key]).length;
    console.log(`${target}: recorded the Dutch source of ${changed} translation(s).`);
  }
  writeAcceptances(acceptances);
  return 0;
}

function defer(
  locale: string | undefined,
  release: string | undefined,
  reason: string | undefined,
  keys: string[],
): number {
  if (!locale || !isTranslatedLocale(locale) || !release || !reason?.trim() || keys.length === 0) {
    console.error('Usage: npm run i18n:defer -- <locale> <release> "<reason>" <area:key>...');
    return 1;
  }
  const wanted = selector(keys);
  const acceptances = readAcceptances();
  const forLocale = (acceptances[locale] ??= {});
  for (const key of stateOf(locale).state.stale.filter(wanted))
    forLocale[key] = { release, reason: reason.trim(), source: hashOf(dutch.get(key) ?? "") };
  writeAcceptances(acceptances);
  console.log(`${locale}: ${Object.keys(forLocale).length} stale translation(s) accepted in total.`);
  return 0;
}

function main(): number {
  switch (command) {
    case "status":
      return status(localesFrom(args));
    case "accept":
      return accept(args[0], args.slice(1));
    case "defer":
      return defer(args[0], args[1], args[2], args.slice(3));
    default:
      console.error(
        "Use: status [locale...] | accept <locale|all> [key...] | defer <locale> <release> <reason> <key...>",
      );
      return 1;
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
