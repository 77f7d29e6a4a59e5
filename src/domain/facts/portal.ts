import { factSheetCheckedOn, text, type Fact } from "./fact";

/** Who runs the portal and how to reach them. */
export const portalOperator: Fact<{ name: string; website: string; vacancies: string }> = {
  value: {
    name: "Agentschap Integratie en Inburgering",
    website: "https://www.integratie-inburgering.be",
    vacancies: "https://www.integratie-inburgering.be/vacatures",
  },
  source: {
    title: text(
      "Agentschap Integratie en Inburgering",
      "Agency for Integration and Civic Integration",
      "Агентство з інтеграції",
      "Агентство по интеграции",
    ),
    url: "https://www.integratie-inburgering.be",
    publishedOn: null,
  },
  checkedOn: factSheetCheckedOn,
  confidence: "high",
};

/**
 * How long the portal keeps personal data: the portal's own policy, not an outside fact.
 * `personInactivityMonths` is the staff area's default (issue 5, configurable);
 * `registrationMonthsAfterSession` is what the privacy statement promises for infosession
 * registrations and must match what the infosessions feature deletes.
 */
export const retention = { personInactivityMonths: 24, registrationMonthsAfterSession: 12 } as const;
