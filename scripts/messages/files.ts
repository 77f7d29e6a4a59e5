import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Reading `messages/<locale>/<area>.json` as flat `area:key → message` maps, for the i18n command and the message tests. */
export const messagesRoot = path.resolve(import.meta.dirname, "../../messages");
type Tree = { [key: string]: string | Tree };

export function flattenMessages(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(name, value);
    else for (const [k, v] of flattenMessages(value, name)) entries.set(k, v);
  }
  return entries;
}

/** Every message of a locale, keyed `area:dotted.key`. */
export function localeMessages(locale: string): Map<string, string> {
  const all = new Map<string, string>();
  const folder = path.join(messagesRoot, locale);
  for (const file of readdirSync(folder).filter((name) => name.endsWith(".json")).sort()) {
    const area = file.slice(0, -".json".length);
    const tree = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as Tree;
    for (const [key, message] of flattenMessages(tree)) all.set(`${area}:${key}`, message);
  }
  return all;
}
