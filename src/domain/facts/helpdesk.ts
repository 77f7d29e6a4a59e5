import { factSheetCheckedOn, text, type Fact } from "./fact";

/** Minutes after midnight, Brussels time. */
export type OpeningSlot = { weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7; opensAt: number; closesAt: number };

const workingDays = [1, 2, 3, 4, 5] as const;
const at = (hours: number, minutes = 0) => hours * 60 + minutes;

/**
 * AgII's helpdesk for foreigners' law and international family law. No source since 2022 confirms the
 * number or the hours, and it was meant for professionals: low confidence, so the help page shows the
 * alternatives for individuals instead, until staff confirm it on the Facts screen.
 */
export const legalHelpdesk: Fact<{ phone: string; phoneDial: string; option: number; slots: OpeningSlot[] }> =
  {
    value: {
      phone: "02 205 00 55",
      phoneDial: "+3222050055",
      option: 3,
      slots: [
        ...workingDays.map((weekday) => ({ weekday, opensAt: at(9), closesAt: at(12, 30) })),
        { weekday: 3, opensAt: at(13, 30), closesAt: at(17) },
      ],
    },
    source: {
      title: text(
        "Agentschap Integratie en Inburgering: vreemdelingenrecht en internationaal familierecht",
        "Agency for Integration and Civic Integration: foreigners' law and international family law (in Dutch)",
        "Агентство з інтеграції: право іноземців і міжнародне сімейне право (нідерландською)",
        "Агентство по интеграции: право иностранцев и международное семейное право (на нидерландском)",
      ),
      url: "https://www.agii.be/thema/vreemdelingenrecht-en-internationaal-familierecht",
      publishedOn: null,
    },
    checkedOn: "2022-05-06",
    confidence: "low",
  };

/** Where individuals get free legal help while the helpdesk above is not confirmed (FACTS-2026.md). */
export const legalHelpAlternatives: Fact<{
  immigrationOfficeEmail: string;
  myriaUrl: string;
  legalAidUrl: string;
}> = {
  value: {
    immigrationOfficeEmail: "infodesk@ibz.fgov.be",
    myriaUrl: "https://www.myria.be",
    legalAidUrl: "https://www.advocaat.be",
  },
  source: {
    title: text(
      "Dienst Vreemdelingenzaken: tijdelijke bescherming",
      "Immigration Office: temporary protection",
      "Служба у справах іноземців: тимчасовий захист",
      "Служба по делам иностранцев: временная защита",
    ),
    url: "https://dofi.ibz.be/nl/themes/ukraine/tijdelijke-bescherming",
    publishedOn: null,
  },
  checkedOn: factSheetCheckedOn,
  confidence: "medium",
};

/** The listening line differs by language: Tele-Onthaal (106) in Dutch, Télé-Accueil (107) in French, in Brussels too. */
export const emergencyNumbers: Fact<{
  emergency: string;
  police: string;
  listeningLineDutch: string;
  listeningLineFrench: string;
}> = {
  value: { emergency: "112", police: "101", listeningLineDutch: "106", listeningLineFrench: "107" },
  source: {
    title: text("112.be", "112.be", "112.be", "112.be"),
    url: "https://www.112.be",
    publishedOn: null,
  },
  checkedOn: "2026-11-26",
  confidence: "high",
};
