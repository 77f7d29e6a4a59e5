/**
 * A name someone typed into a public form, made safe to print in a mail the portal sends from its
 * own domain: nothing in it may become a link (a scheme, "www.", an address, or a "domain.tld" that
 * mail clients turn into a link by themselves). Names keep letters, digits, spaces, apostrophes and
 * hyphens; dots stay only as initials ("O. Kovalenko").
 */
export function mailSafeName(name: string): string {
  return name
    .replace(/[\p{L}][\p{L}\p{N}+.-]*:\/\/\S*/gu, " ")
    .replace(/\bwww\.\S*/giu, " ")
    .replace(/\.(?=[\p{L}\p{N}])/gu, ". ")
    .replace(/[^\p{L}\p{M}\p{N} '’.-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 100);
}
