import { factSheetCheckedOn, text, type Fact } from "./fact";

/**
 * Figures carry the date they describe. The newest figures stay apart from the May 2022 history, and no
 * current regional count is derived from old percentages.
 */
export const certificatesIssued: Fact<{ total: number; asOf: string; perYear: Record<string, number> }> = {
  value: {
    total: 101_536,
    asOf: "2026-01-31",
    perYear: { "2022": 63_356, "2023": 15_626, "2024": 13_277, "2025": 8_756 },
  },
  source: {
    title: text(
      "bx1: cijfers van de Dienst Vreemdelingenzaken",
      "bx1: figures from the Immigration Office",
      "bx1: дані Служби у справах іноземців",
      "bx1: данные Службы по делам иностранцев",
    ),
    url: "https://bx1.be",
    publishedOn: "2026-02-18",
  },
  checkedOn: factSheetCheckedOn,
  confidence: "high",
};

export const peopleHoldingProtection: Fact<{ total: number; asOf: string }> = {
  value: { total: 64_997, asOf: "2024-10-31" },
  source: {
    title: text(
      "RTL: cijfers van de Dienst Vreemdelingenzaken",
      "RTL: figures from the Immigration Office",
      "RTL: дані Служби у справах іноземців",
      "RTL: данные Службы по делам иностранцев",
    ),
    url: "https://www.rtl.be",
    publishedOn: "2024-11-19",
  },
  checkedOn: factSheetCheckedOn,
  confidence: "high",
};

/** History only: the national gap the seed showed in May 2022. */
export const nationalFiguresMay2022: Fact<{
  temporarilyProtected: number;
  inNationalRegister: number;
  asOf: string;
}> = {
  value: { temporarilyProtected: 39_513, inNationalRegister: 18_032, asOf: "2022-05-06" },
  source: {
    title: text(
      "Nationaal Crisiscentrum (NCCN): dashboard Oekraïne",
      "National Crisis Centre (NCCN): Ukraine dashboard",
      "Національний кризовий центр (NCCN): панель даних щодо України",
      "Национальный кризисный центр (NCCN): панель данных по Украине",
    ),
    url: "https://crisiscentrum.be",
    publishedOn: "2022-05-06",
  },
  checkedOn: "2022-05-06",
  confidence: "high",
};

/** History: Team Ukraine's recruitment in May 2022, shown as such on the about page. */
export const teamUkraineRecruitment: Fact<{ neededFte: number; hired: number; asOf: string }> = {
  value: { neededFte: 83.2, hired: 27, asOf: "2022-05-06" },
  source: {
    title: text(
      "Agentschap Integratie en Inburgering: vacatures",
      "Agency for Integration and Civic Integration: vacancies (in Dutch)",
      "Агентство з інтеграції: вакансії (нідерландською)",
      "Агентство по интеграции: вакансии (на нидерландском)",
    ),
    url: "https://www.integratie-inburgering.be/vacatures",
    publishedOn: null,
  },
  checkedOn: "2022-05-06",
  confidence: "medium",
};
