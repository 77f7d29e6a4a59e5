import type { Fact } from "./fact";

/** Minutes after midnight, Brussels time. */
export type OpeningSlot = { weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7; opensAt: number; closesAt: number };

const workingDays = [1, 2, 3, 4, 5] as const;
const at = (hours: number, minutes = 0) => hours * 60 + minutes;

/** AgII's helpdesk for foreigners' law and international family law. */
export const legalHelpdesk: Fact<{ phone: string; phoneDial: string; option: number; slots: OpeningSlot[] }> = {
  value: {
    phone: "02 205 00 55",
    phoneDial: "+3222050055",
    option: 3,
    slots: [
      ...workingDays.map((weekday) => ({ weekday, opensAt: at(9), closesAt: at(12, 30) })),
      { weekday: 3, opensAt: at(13, 30), closesAt: at(17) },
    ],
  },
  source: { label: "Agentschap Integratie en Inburgering: vreemdelingenrecht", url: "https://www.agii.be/thema/vreemdelingenrecht-en-internationaal-familierecht" },
  checkedOn: "2022-05-06",
};

export const emergencyNumbers: Fact<{ emergency: string; police: string; listeningLine: string }> = {
  value: { emergency: "112", police: "101", listeningLine: "106" },
  source: { label: "112.be", url: "https://www.112.be" },
  checkedOn: "2026-11-26",
};
