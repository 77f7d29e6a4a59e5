import type { Fact } from "./fact";

/** The national gap the seed showed: certificates of temporary protection against national-register registrations. */
export const nationalFiguresMay2022: Fact<{ temporarilyProtected: number; inNationalRegister: number; asOf: string }> = {
  value: { temporarilyProtected: 39_513, inNationalRegister: 18_032, asOf: "2022-05-06" },
  source: { label: "Nationaal Crisiscentrum (NCCN), dashboard Oekraïne", url: "https://crisiscentrum.be" },
  checkedOn: "2022-05-06",
};

export const teamUkraineRecruitment: Fact<{ neededFte: number; hired: number }> = {
  value: { neededFte: 83.2, hired: 27 },
  source: { label: "Agentschap Integratie en Inburgering: vacatures", url: "https://www.integratie-inburgering.be/vacatures" },
  checkedOn: "2022-05-06",
};
