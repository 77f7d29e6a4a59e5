import type { Fact, Source } from "./fact";

/** AgII's page that gathers its offer for people from Ukraine: materials, infosessions, interpreting. */
export const agiiUkrainePage: Source = {
  label: "Agentschap Integratie en Inburgering: Oekraïne",
  url: "https://www.integratie-inburgering.be/oekraine",
};

export const materialKinds = ["welcomeBrochure", "citApp", "pictograms", "crisisLanguageAids", "sleepStressBrochure", "webinars"] as const;
export type MaterialKind = (typeof materialKinds)[number];

/** The materials AgII offers; each is described on the page and found through AgII's Ukraine page. */
export const materials: Fact<readonly MaterialKind[]> = {
  value: materialKinds,
  source: agiiUkrainePage,
  checkedOn: "2022-05-06",
};

/** Dutch as a second language for people from Ukraine, as the education providers organise it. */
export const dutchCourses: Fact<{ welcomeModuleHours: number }> = {
  value: { welcomeModuleHours: 40 },
  source: agiiUkrainePage,
  checkedOn: "2022-05-06",
};

/** Social interpreting and translation: free of charge for temporarily protected people from Ukraine, for now. */
export const interpretingForUkraine: Fact<{ freeOfCharge: boolean }> = {
  value: { freeOfCharge: true },
  source: agiiUkrainePage,
  checkedOn: "2022-05-06",
};

/** The Brussels approach with the Flemish Community Commission (VGC). */
export const brusselsUkraineHubs: Fact<{ communityCentres: number }> = {
  value: { communityCentres: 3 },
  source: { label: "BON, Brussels Onthaalbureau Inburgering: Oekraïne", url: "https://www.bon.be/oekraine" },
  checkedOn: "2022-05-06",
};
