/**
 * Turns names into the lower-case Latin forms that person search compares. A Ukrainian name can
 * reach a caseworker as the passport's Latin spelling (Ukrainian national system, 2010), as a
 * Russian-style spelling ("Aleksandr"), with Czech-style diacritics ("Ševčenko") or in Cyrillic.
 * We store every form we can derive, plus a "loose" skeleton in which the spellings of one sound
 * coincide, so a trigram match can bridge the rest.
 */

type Rule = { initial?: string; other: string };

/** Ukrainian national transliteration (Cabinet of Ministers resolution no. 55, 27 January 2010). */
const ukrainian: Record<string, Rule> = {
  а: { other: "a" },
  б: { other: "b" },
  в: { other: "v" },
  г: { other: "h" },
  ґ: { other: "g" },
  д: { other: "d" },
  е: { other: "e" },
  є: { initial: "ye", other: "ie" },
  ж: { other: "zh" },
  з: { other: "z" },
  и: { other: "y" },
  і: { other: "i" },
  ї: { initial: "yi", other: "i" },
  й: { initial: "y", other: "i" },
  к: { other: "k" },
  л: { other: "l" },
  м: { other: "m" },
  н: { other: "n" },
  о: { other: "o" },
  п: { other: "p" },
  р: { other: "r" },
  с: { other: "s" },
  т: { other: "t" },
  у: { other: "u" },
  ф: { other: "f" },
  х: { other: "kh" },
  ц: { other: "ts" },
  ч: { other: "ch" },
  ш: { other: "sh" },
  щ: { other: "shch" },
  ь: { other: "" },
  ю: { initial: "yu", other: "iu" },
  я: { initial: "ya", other: "ia" },
  // Russian letters sometimes typed into Ukrainian names.
  ё: { other: "e" },
  ъ: { other: "" },
  ы: { other: "y" },
  э: { other: "e" },
};

/** A common Russian scheme (BGN/PCGN-like, as on many older documents). */
const russian: Record<string, Rule> = {
  а: { other: "a" },
  б: { other: "b" },
  в: { other: "v" },
  г: { other: "g" },
  ґ: { other: "g" },
  д: { other: "d" },
  е: { initial: "ye", other: "e" },
  ё: { initial: "yo", other: "e" },
  є: { other: "ye" },
  ж: { other: "zh" },
  з: { other: "z" },
  и: { other: "i" },
  і: { other: "i" },
  ї: { other: "yi" },
  й: { other: "y" },
  к: { other: "k" },
  л: { other: "l" },
  м: { other: "m" },
  н: { other: "n" },
  о: { other: "o" },
  п: { other: "p" },
  р: { other: "r" },
  с: { other: "s" },
  т: { other: "t" },
  у: { other: "u" },
  ф: { other: "f" },
  х: { other: "kh" },
  ц: { other: "ts" },
  ч: { other: "ch" },
  ш: { other: "sh" },
  щ: { other: "shch" },
  ъ: { other: "" },
  ы: { other: "y" },
  ь: { other: "" },
  э: { other: "e" },
  ю: { other: "yu" },
  я: { other: "ya" },
};

const apostrophes = /['’ʼ`´]/g;

function transliterate(text: string, table: Record<string, Rule>, ukrainianZgh: boolean): string {
  const lower = Array.from(text.toLowerCase().replace(apostrophes, ""));
  let out = "";
  for (const [i, char] of lower.entries()) {
    const rule = table[char];
    if (!rule) {
      out += char;
      continue;
    }
    const atWordStart = i === 0 || !/\p{L}/u.test(lower[i - 1] ?? "");
    // The 2010 system writes "зг" as "zgh" so it is not read as "ж" (zh).
    if (ukrainianZgh && char === "г" && lower[i - 1] === "з") {
      out += "gh";
      continue;
    }
    out += atWordStart && rule.initial !== undefined ? rule.initial : rule.other;
  }
  return normalise(out);
}

/** Ukrainian national system, 2010. */
export const ukrainianToLatin = (text: string) => transliterate(text, ukrainian, true);
/** A common Russian romanisation. */
export const russianToLatin = (text: string) => transliterate(text, russian, false);

export const hasCyrillic = (text: string) => /\p{Script=Cyrillic}/u.test(text);

/** Lower case, diacritics removed (Ševčenko → sevcenko), punctuation to spaces, spaces collapsed. */
export function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(apostrophes, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A skeleton in which the usual spellings of one sound coincide: shevchenko, sevcenko and
 * schewtschenko all become "sevcenko"; yuliia and julija become "ulia". Used on both sides of a search.
 */
export function loose(text: string): string {
  return normalise(text)
    .split(" ")
    .map((word) =>
      word
        .replace(/shch|sch|szcz/g, "s")
        .replace(/tsch|tch|ch|cz|ts|tz|c/g, "c")
        .replace(/sh|sz/g, "s")
        .replace(/zh|dzh|dz/g, "z")
        .replace(/kh|ks/g, (match) => (match === "kh" ? "h" : "x"))
        .replace(/w/g, "v")
        .replace(/[yj]/g, "i")
        .replace(/i([aeou])/g, "$1")
        .replace(/ii/g, "i")
        .replace(/(.)\1+/g, "$1"),
    )
    .join(" ");
}

/** Every Latin form of a person's names, deduplicated, for the trigram index. */
export function searchNameOf(names: {
  firstName: string;
  lastName: string;
  firstNameCyrillic?: string | null;
  lastNameCyrillic?: string | null;
}): string {
  const full = [`${names.firstName} ${names.lastName}`];
  const cyrillic = [names.firstNameCyrillic, names.lastNameCyrillic]
    .filter((part): part is string => Boolean(part?.trim()))
    .join(" ");
  if (cyrillic) full.push(cyrillic);
  const forms = new Set<string>();
  for (const name of full) {
    const latin = hasCyrillic(name) ? [ukrainianToLatin(name), russianToLatin(name)] : [normalise(name)];
    for (const form of latin) {
      if (!form) continue;
      forms.add(form);
      forms.add(loose(form));
    }
  }
  return [...forms].join(" ");
}

/** The forms of what a caseworker typed, to compare with `searchName`: normalised and loose. */
export function searchTermsOf(query: string): { exact: string; loose: string } {
  const exact = hasCyrillic(query) ? ukrainianToLatin(query) : normalise(query);
  return { exact, loose: loose(exact) };
}
