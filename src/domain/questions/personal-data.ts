/**
 * Questions are about situations, not persons. Before a question is sent its text is checked for
 * the obvious signs of personal data; the asker sees which kind was found and rewrites it.
 * The check is deliberately simple: it catches what people paste by habit, not every name.
 */
export const personalDataKinds = ["nationalRegisterNumber", "dateOfBirth", "email", "phone"] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

const patterns: Record<PersonalDataKind, RegExp> = {
  // Belgian national register number: YY.MM.DD-XXX.CC, with or without separators (11 digits).
  nationalRegisterNumber: /\b\d{2}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{3}[.\s-]?\d{2}\b/,
  // A full date such as 12/03/1985, 12-3-85 or 1985-03-12: in a question it is nearly always a birth date.
  dateOfBirth:
    /(?<![\d/.-])(?:(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01]))(?![\d/.-]?\d)/,
  email: /[^\s@]+@[^\s@]+\.[a-z]{2,}/i,
  // Belgian and international numbers: +32 470 12 34 56, 0470/12.34.56, 016 12 34 56.
  phone:
    /(?:\+|00)\d{2}[\s./-]?\d{1,3}(?:[\s./-]?\d{2,3}){2,4}|\b0\d{1,3}[\s./-]?\d{2,3}(?:[\s./-]?\d{2}){2,3}\b/,
};

/** The kinds of personal data found in a text, in a fixed order; empty when none. */
export function findPersonalData(text: string): PersonalDataKind[] {
  const found: PersonalDataKind[] = [];
  let rest = text;
  for (const kind of personalDataKinds) {
    const global = new RegExp(patterns[kind].source, `${patterns[kind].flags}g`);
    if (!global.test(rest)) continue;
    found.push(kind);
    // A national register number starts with a date and looks like a phone number: name it once, as what it is.
    rest = rest.replace(global, " ");
  }
  return found;
}
