import type { Fact } from "./fact";

/** Where the certificate of temporary protection is issued; the place has moved before, so it is a fact. */
export const registrationCentre: Fact<{ place: string }> = {
  value: { place: "Heizel, Brussel" },
  source: { label: "Agentschap Integratie en Inburgering: Oekraïne, verblijfsmogelijkheden en rechtspositie", url: "https://www.agii.be/nieuws/oekraine-verblijfsmogelijkheden-en-rechtspositie-in-belgie" },
  checkedOn: "2022-05-06",
};
