import type { Fact, Source } from "./fact";

/** The three residence statuses the comparison sets side by side, in the order of the seed's slide. */
export const statuses = ["applicant", "refugee", "temporaryProtection"] as const;
export type Status = (typeof statuses)[number];

export const rightTopics = ["housing", "work", "medicalCosts", "socialWelfare", "familyAllowance", "civicIntegration"] as const;
export type RightTopic = (typeof rightTopics)[number];

/**
 * One cell of the comparison. `access` is the gist (drawn as yes / partly / no), `detail` names the
 * localized explanation, and `checkLocally` marks the general rules the seed's slide lost, which
 * people must confirm with their OCMW or municipality.
 */
export type RightCell = {
  access: "yes" | "partly" | "no";
  detail: RightDetail;
  checkLocally: boolean;
};

export type RightDetail =
  | "receptionNetwork"
  | "ownHousing"
  | "ownHousingWithHelp"
  | "afterFourMonths"
  | "unlimited"
  | "immediatelyUnlimited"
  | "fedasil"
  | "healthInsurance"
  | "materialAidInReception"
  | "ocmwSupport"
  | "noFamilyAllowance"
  | "familyAllowance"
  | "noCivicIntegration"
  | "civicIntegrationObligation"
  | "civicIntegrationRight";

/** How many months an applicant for international protection waits before working. */
export const applicantWorkWaitMonths = 4;

const agiiUkraineRights: Source = {
  label: "Agentschap Integratie en Inburgering: Oekraïne, verblijfsmogelijkheden en rechtspositie",
  url: "https://www.agii.be/nieuws/oekraine-verblijfsmogelijkheden-en-rechtspositie-in-belgie",
};

export const rightsComparison: Fact<Record<RightTopic, Record<Status, RightCell>>> = {
  value: {
    housing: {
      applicant: { access: "partly", detail: "receptionNetwork", checkLocally: false },
      refugee: { access: "yes", detail: "ownHousing", checkLocally: false },
      temporaryProtection: { access: "yes", detail: "ownHousingWithHelp", checkLocally: false },
    },
    work: {
      applicant: { access: "partly", detail: "afterFourMonths", checkLocally: false },
      refugee: { access: "yes", detail: "unlimited", checkLocally: false },
      temporaryProtection: { access: "yes", detail: "immediatelyUnlimited", checkLocally: false },
    },
    medicalCosts: {
      applicant: { access: "yes", detail: "fedasil", checkLocally: false },
      refugee: { access: "yes", detail: "healthInsurance", checkLocally: false },
      temporaryProtection: { access: "yes", detail: "healthInsurance", checkLocally: false },
    },
    socialWelfare: {
      applicant: { access: "partly", detail: "materialAidInReception", checkLocally: true },
      refugee: { access: "yes", detail: "ocmwSupport", checkLocally: true },
      temporaryProtection: { access: "yes", detail: "ocmwSupport", checkLocally: true },
    },
    familyAllowance: {
      applicant: { access: "no", detail: "noFamilyAllowance", checkLocally: true },
      refugee: { access: "yes", detail: "familyAllowance", checkLocally: true },
      temporaryProtection: { access: "yes", detail: "familyAllowance", checkLocally: true },
    },
    civicIntegration: {
      applicant: { access: "no", detail: "noCivicIntegration", checkLocally: false },
      refugee: { access: "yes", detail: "civicIntegrationObligation", checkLocally: false },
      temporaryProtection: { access: "yes", detail: "civicIntegrationRight", checkLocally: false },
    },
  },
  source: agiiUkraineRights,
  checkedOn: "2022-05-06",
};

/**
 * Where to confirm the rows marked `checkLocally`: the seed's slide lost their values, so the page
 * shows the general rule next to the body that decides it.
 */
export const checkLocallySources: Fact<Partial<Record<RightTopic, Source>>> = {
  value: {
    socialWelfare: { label: "POD Maatschappelijke Integratie (OCMW)", url: "https://www.mi-is.be" },
    familyAllowance: { label: "Groeipakket", url: "https://www.groeipakket.be" },
  },
  source: agiiUkraineRights,
  checkedOn: "2022-05-06",
};
