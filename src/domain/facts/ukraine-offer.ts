import { factSheetCheckedOn, isConfirmed, text, type Fact, type Source } from "./fact";

/** AgII's page that gathers its offer for people from Ukraine: materials, infosessions, interpreting. */
export const agiiUkrainePage: Source = {
  title: text(
    "Agentschap Integratie en Inburgering: Oekraïne",
    "Agency for Integration and Civic Integration: Ukraine (in Dutch)",
    "Агентство з інтеграції: Україна (нідерландською)",
    "Агентство по интеграции: Украина (на нидерландском)",
  ),
  url: "https://www.integratie-inburgering.be/oekraine",
  publishedOn: null,
};

export const materialKinds = [
  "welcomeBrochure",
  "citApp",
  "pictograms",
  "crisisLanguageAids",
  "sleepStressBrochure",
  "webinars",
] as const;
export type MaterialKind = (typeof materialKinds)[number];

/** The materials AgII offers; each is described on the page and found through AgII's Ukraine page. */
export const materials: Fact<readonly MaterialKind[]> = {
  value: materialKinds,
  source: agiiUkrainePage,
  checkedOn: "2022-05-06",
  confidence: "medium",
};

/**
 * Dutch as a second language. AgII (with Atlas, In-Gent) and the Huis van het Nederlands Brussel do
 * the intake test and refer; CVO, CBE and university language centres teach. The 2022 welcome module
 * was 40 lesson periods (lestijden); whether it still runs in 2026 is unknown.
 */
export const dutchCourses: Fact<{
  welcomeModuleLessonPeriods: number;
  welcomeModuleYear: number;
  feePerLessonPeriodEuro: number;
}> = {
  value: { welcomeModuleLessonPeriods: 40, welcomeModuleYear: 2022, feePerLessonPeriodEuro: 0.6 },
  source: {
    title: text(
      "Onderwijs Vlaanderen: vrijstelling van inschrijvingsgeld",
      "Education Flanders: exemption from the enrolment fee (in Dutch)",
      "Освіта Фландрії: звільнення від плати за навчання (нідерландською)",
      "Образование Фландрии: освобождение от платы за обучение (на нидерландском)",
    ),
    url: "https://onderwijs.vlaanderen.be",
    publishedOn: null,
  },
  checkedOn: factSheetCheckedOn,
  confidence: "medium",
};

/**
 * Social interpreting and translation were free of charge for temporarily protected people in 2022;
 * not re-checked since: low, so pages tell people to ask rather than promise it.
 */
export const interpretingForUkraine: Fact<{ freeOfCharge: boolean }> = {
  value: { freeOfCharge: true },
  source: agiiUkrainePage,
  checkedOn: "2022-05-06",
  confidence: "low",
};

/**
 * Which cost notice a page shows for interpreting: "free" only when the fact is confirmed; an
 * unconfirmed "free" is worded as what was true then, with whom to ask (FACTS-2026.md's rule).
 */
export type InterpretingCostNotice = "free" | "freeUnconfirmed" | "askService";

export function interpretingCostNotice(fact: Fact<{ freeOfCharge: boolean }>): InterpretingCostNotice {
  if (!fact.value.freeOfCharge) return "askService";
  return isConfirmed(fact) ? "free" : "freeUnconfirmed";
}

/** The Brussels approach with the Flemish Community Commission (VGC): Ukraine hubs in community centres (2022). */
export const brusselsUkraineHubs: Fact<{ communityCentres: number }> = {
  value: { communityCentres: 3 },
  source: {
    title: text(
      "BON, Brussels Onthaalbureau Inburgering: Oekraïne",
      "BON, the Brussels reception office for civic integration: Ukraine",
      "BON, брюссельське бюро з інтеграції: Україна",
      "BON, брюссельское бюро по интеграции: Украина",
    ),
    url: "https://www.bon.be/oekraine",
    publishedOn: null,
  },
  checkedOn: "2022-05-06",
  confidence: "low",
};
