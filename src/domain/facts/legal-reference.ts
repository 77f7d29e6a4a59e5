/**
 * The number of an EU act ("2001/55" from "Directive 2001/55/EC"), so each locale can write the act's
 * name in its own words around the one number the facts module keeps.
 */
export function actNumber(title: string): string {
  const match = /\b(\d{4}\/\d+)\b/.exec(title);
  if (!match?.[1]) throw new Error(`No act number in: ${title}`);
  return match[1];
}
