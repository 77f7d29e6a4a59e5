import { factSheetCheckedOn, text, type Fact, type Source } from "./fact";

const eurLexActivation: Source = {
  title: text(
    "EUR-Lex: Uitvoeringsbesluit (EU) 2022/382 van de Raad",
    "EUR-Lex: Council Implementing Decision (EU) 2022/382",
    "EUR-Lex: Імплементаційне рішення Ради (ЄС) 2022/382",
    "EUR-Lex: Исполнительное решение Совета (ЕС) 2022/382",
  ),
  url: "https://eur-lex.europa.eu/eli/dec_impl/2022/382/oj",
  publishedOn: "2022-03-04",
};

export const legalBasis: Fact<{
  directive: string;
  activation: string;
  activatedOn: string;
  fledOnOrAfter: string;
}> = {
  value: {
    directive: "Directive 2001/55/EC",
    activation: "Council Implementing Decision (EU) 2022/382",
    activatedOn: "2022-03-04",
    fledOnOrAfter: "2022-02-24",
  },
  source: eurLexActivation,
  checkedOn: factSheetCheckedOn,
  confidence: "high",
};

/**
 * One step in the life of temporary protection: the formal act that set an end date, and, where the
 * Council first announced it, the political agreement that came before (the two are often confused).
 */
export type EndDateChange = {
  what: "activation" | "automaticExtension" | "councilExtension";
  /** Number of the EU act ("2026/1912"), null for the automatic extension the directive itself provides. */
  act: string | null;
  politicalAgreementOn: string | null;
  /** Date of the formal act (for the newest one: its publication in the Official Journal). */
  actOn: string;
  endsOn: string;
};

/**
 * The end date and how it got there, newest last. The current end date is the last entry's: staff add
 * an entry on the Facts screen when the EU extends the protection again, and every page follows.
 */
export const endDateHistory: Fact<EndDateChange[]> = {
  value: [
    {
      what: "activation",
      act: "2022/382",
      politicalAgreementOn: null,
      actOn: "2022-03-04",
      endsOn: "2023-03-04",
    },
    {
      what: "automaticExtension",
      act: null,
      politicalAgreementOn: null,
      actOn: "2023-03-04",
      endsOn: "2024-03-04",
    },
    {
      what: "councilExtension",
      act: "2023/2409",
      politicalAgreementOn: null,
      actOn: "2023-10-19",
      endsOn: "2025-03-04",
    },
    {
      what: "councilExtension",
      act: "2024/1836",
      politicalAgreementOn: null,
      actOn: "2024-06-25",
      endsOn: "2026-03-04",
    },
    {
      what: "councilExtension",
      act: "2025/1460",
      politicalAgreementOn: "2025-06-13",
      actOn: "2025-07-15",
      endsOn: "2027-03-04",
    },
    {
      what: "councilExtension",
      act: "2026/1912",
      politicalAgreementOn: null,
      actOn: "2026-08-04",
      endsOn: "2028-03-04",
    },
  ],
  source: {
    title: text(
      "EUR-Lex: Uitvoeringsbesluit (EU) 2026/1912 van de Raad (verlenging tot 4 maart 2028)",
      "EUR-Lex: Council Implementing Decision (EU) 2026/1912 (extension to 4 March 2028)",
      "EUR-Lex: Імплементаційне рішення Ради (ЄС) 2026/1912 (продовження до 4 березня 2028 року)",
      "EUR-Lex: Исполнительное решение Совета (ЕС) 2026/1912 (продление до 4 марта 2028 года)",
    ),
    url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32026D1912",
    publishedOn: "2026-08-04",
  },
  checkedOn: factSheetCheckedOn,
  // Two sources agree on the date; the act's own text on EUR-Lex was not yet read (FACTS-2026.md).
  confidence: "medium",
};

export function currentEndDate(history: EndDateChange[] = endDateHistory.value): string {
  const last = history.at(-1);
  if (!last) throw new Error("The end-date history of temporary protection is empty.");
  return last.endsOn;
}

/**
 * Since the latest extension, new applicants who are subject to Ukrainian military obligations must
 * show that they comply or are exempt; people who already had protection on the day before are not affected.
 */
export const militaryObligationCondition: Fact<{ appliesFrom: string; act: string }> = {
  value: { appliesFrom: "2026-08-05", act: "2026/1912" },
  source: {
    title: text(
      "EUR-Lex: rectificatie van Uitvoeringsbesluit (EU) 2026/1912",
      "EUR-Lex: corrigendum to Council Implementing Decision (EU) 2026/1912",
      "EUR-Lex: виправлення до Імплементаційного рішення Ради (ЄС) 2026/1912",
      "EUR-Lex: исправление к Исполнительному решению Совета (ЕС) 2026/1912",
    ),
    url: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32026D1912R(01)",
    publishedOn: null,
  },
  checkedOn: factSheetCheckedOn,
  confidence: "medium",
};

/** International protection for comparison: refugee status is limited for 5 years, then unlimited. */
export const internationalProtectionDuration: Fact<{ limitedYears: number }> = {
  value: { limitedYears: 5 },
  source: {
    title: text(
      "Agentschap Integratie en Inburgering: Oekraïne, verblijfsmogelijkheden en rechtspositie",
      "Agency for Integration and Civic Integration: Ukraine, residence options and legal position (in Dutch)",
      "Агентство з інтеграції: Україна — можливості перебування та правовий статус (нідерландською)",
      "Агентство по интеграции: Украина — возможности пребывания и правовой статус (на нидерландском)",
    ),
    url: "https://www.agii.be/nieuws/oekraine-verblijfsmogelijkheden-en-rechtspositie-in-belgie",
    publishedOn: null,
  },
  checkedOn: "2022-05-06",
  confidence: "medium",
};
