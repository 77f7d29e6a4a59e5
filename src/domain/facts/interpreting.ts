import type { Fact } from "./fact";

/** Social interpreting and translation are, for now, free of charge for temporarily protected persons from Ukraine. */
export const freeInterpretingForUkraine: Fact<{ freeForTemporarilyProtected: boolean }> = {
  value: { freeForTemporarilyProtected: true },
  source: {
    label: "Agentschap Integratie en Inburgering: sociaal tolken en vertalen voor Oekraïners",
    url: "https://www.integratie-inburgering.be/sociaal-tolken-en-vertalen",
  },
  checkedOn: "2022-05-06",
};
