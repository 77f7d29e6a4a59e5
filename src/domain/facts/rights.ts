import { factSheetCheckedOn, text, type Fact, type Source } from "./fact";

/** The three residence statuses the comparison sets side by side, in the order of the seed's slide. */
export const statuses = ["applicant", "refugee", "temporaryProtection"] as const;
export type Status = (typeof statuses)[number];

export const rightTopics = [
  "housing",
  "work",
  "medicalCosts",
  "socialWelfare",
  "familyAllowance",
  "civicIntegration",
] as const;
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
  | "familyAllowanceByRegion"
  | "noCivicIntegration"
  | "civicIntegrationObligation"
  | "civicIntegrationByRegion";

/** How many months an applicant for international protection waits before working. */
export const applicantWorkWaitMonths = 4;

const flemishWorkAccess: Source = {
  title: text(
    "Vlaanderen.be: toegang tot arbeid voor Oekraïense onderdanen",
    "Vlaanderen.be: access to work for Ukrainian nationals (in Dutch)",
    "Vlaanderen.be: доступ до роботи для громадян України (нідерландською)",
    "Vlaanderen.be: доступ к работе для граждан Украины (на нидерландском)",
  ),
  url: "https://www.vlaanderen.be",
  publishedOn: null,
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
      refugee: { access: "yes", detail: "familyAllowanceByRegion", checkLocally: true },
      temporaryProtection: { access: "yes", detail: "familyAllowanceByRegion", checkLocally: true },
    },
    civicIntegration: {
      applicant: { access: "no", detail: "noCivicIntegration", checkLocally: false },
      refugee: { access: "yes", detail: "civicIntegrationObligation", checkLocally: false },
      temporaryProtection: { access: "yes", detail: "civicIntegrationByRegion", checkLocally: true },
    },
  },
  source: flemishWorkAccess,
  checkedOn: factSheetCheckedOn,
  confidence: "high",
};

/**
 * Where to confirm the rows marked `checkLocally`: the seed's slide lost their values, so the page
 * shows the general rule next to the body that decides it.
 */
export const checkLocallySources: Fact<Partial<Record<RightTopic, Source[]>>> = {
  value: {
    socialWelfare: [
      {
        title: text(
          "POD Maatschappelijke Integratie: FAQ Oekraïne (OCMW)",
          "Federal Public Planning Service Social Integration: Ukraine FAQ (OCMW/CPAS)",
          "Федеральна служба соціальної інтеграції: питання та відповіді щодо України (OCMW/CPAS)",
          "Федеральная служба социальной интеграции: вопросы и ответы по Украине (OCMW/CPAS)",
        ),
        url: "https://www.mi-is.be",
        publishedOn: "2023-11-10",
      },
    ],
    familyAllowance: [
      {
        title: text(
          "Groeipakket: Oekraïne (Vlaanderen)",
          "Groeipakket: Ukraine (Flanders)",
          "Groeipakket: Україна (Фландрія)",
          "Groeipakket: Украина (Фландрия)",
        ),
        url: "https://www.groeipakket.be",
        publishedOn: null,
      },
      {
        title: text(
          "Iriscare: Brusselse gezinsbijslag (Brussel)",
          "Iriscare: Brussels family allowance (Brussels)",
          "Iriscare: брюссельська допомога на дітей (Брюссель)",
          "Iriscare: брюссельское пособие на детей (Брюссель)",
        ),
        url: "https://www.iriscare.brussels",
        publishedOn: null,
      },
    ],
    civicIntegration: [
      {
        title: text(
          "Vlaanderen.be: inburgering",
          "Vlaanderen.be: civic integration (Flanders, in Dutch)",
          "Vlaanderen.be: інтеграція (Фландрія, нідерландською)",
          "Vlaanderen.be: интеграция (Фландрия, на нидерландском)",
        ),
        url: "https://www.vlaanderen.be",
        publishedOn: null,
      },
      {
        title: text(
          "BON: inburgering in Brussel",
          "BON: civic integration in Brussels",
          "BON: інтеграція в Брюсселі",
          "BON: интеграция в Брюсселе",
        ),
        url: "https://www.bon.be",
        publishedOn: null,
      },
    ],
  },
  source: flemishWorkAccess,
  checkedOn: factSheetCheckedOn,
  confidence: "high",
};

/**
 * In Flanders, working-age people with temporary protection who do not work must register with VDAB
 * (since 16 May 2023); no such obligation was found for Brussels (Actiris).
 */
export const vdabRegistration: Fact<{ obligatoryInFlandersSince: string }> = {
  value: { obligatoryInFlandersSince: "2023-05-16" },
  source: flemishWorkAccess,
  checkedOn: factSheetCheckedOn,
  confidence: "high",
};

/**
 * Whether people with temporary protection in Brussels are still exempt from the Brussels civic
 * integration obligation under the ordinance in force since 1 January 2024 is not confirmed.
 */
export const brusselsCivicIntegrationExemption: Fact<{ exemptSince: string }> = {
  value: { exemptSince: "2022-06-27" },
  source: {
    title: text(
      "Brulocalis: vrijstelling van inburgeringsplicht voor ontheemden uit Oekraïne",
      "Brulocalis: exemption from the civic integration obligation for displaced people from Ukraine",
      "Brulocalis: звільнення переселенців з України від обов’язкової інтеграції",
      "Brulocalis: освобождение переселенцев из Украины от обязательной интеграции",
    ),
    url: "https://www.brulocalis.brussels",
    publishedOn: "2022-06-27",
  },
  checkedOn: factSheetCheckedOn,
  confidence: "low",
};
