import type { Fact, Source } from "./fact";

const councilUkraine: Source = {
  label: "Council of the European Union: EU measures for people fleeing Ukraine",
  url: "https://www.consilium.europa.eu/en/policies/eu-migration-policy/refugee-inflow-from-ukraine/",
};

export const legalBasis: Fact<{ directive: string; activation: string; activatedOn: string; fledOnOrAfter: string }> = {
  value: {
    directive: "Directive 2001/55/EC",
    activation: "Council Implementing Decision (EU) 2022/382",
    activatedOn: "2022-03-04",
    fledOnOrAfter: "2022-02-24",
  },
  source: { label: "EUR-Lex: Council Implementing Decision (EU) 2022/382", url: "https://eur-lex.europa.eu/eli/dec_impl/2022/382/oj" },
  checkedOn: "2025-06-13",
};

/** One step in the life of temporary protection for people from Ukraine: what was decided, and the end date it set. */
export type EndDateChange = { decidedOn: string; endsOn: string; what: "activation" | "automaticExtension" | "councilExtension" };

/**
 * The end date and how it got there, newest last. The current end date is the last entry's: add a
 * line here when the EU extends the protection again, and every page follows.
 */
export const endDateHistory: Fact<EndDateChange[]> = {
  value: [
    { decidedOn: "2022-03-04", endsOn: "2023-03-04", what: "activation" },
    { decidedOn: "2023-03-04", endsOn: "2024-03-04", what: "automaticExtension" },
    { decidedOn: "2023-10-19", endsOn: "2025-03-04", what: "councilExtension" },
    { decidedOn: "2024-06-25", endsOn: "2026-03-04", what: "councilExtension" },
    { decidedOn: "2025-06-13", endsOn: "2027-03-04", what: "councilExtension" },
  ],
  source: councilUkraine,
  checkedOn: "2025-06-13",
};

export function currentEndDate(history: EndDateChange[] = endDateHistory.value): string {
  const last = history.at(-1);
  if (!last) throw new Error("The end-date history of temporary protection is empty.");
  return last.endsOn;
}

/** International protection for comparison: refugee status is limited for 5 years, then unlimited. */
export const internationalProtectionDuration: Fact<{ limitedYears: number }> = {
  value: { limitedYears: 5 },
  source: { label: "Agentschap Integratie en Inburgering: Oekraïne, verblijfsmogelijkheden en rechtspositie", url: "https://www.agii.be/nieuws/oekraine-verblijfsmogelijkheden-en-rechtspositie-in-belgie" },
  checkedOn: "2022-05-06",
};
