import { factSheetCheckedOn, text, type Fact } from "./fact";

/**
 * Who registers people for temporary protection. The building has moved before (the Heizel closed on
 * 24 October 2022) and the 2026 address is not confirmed, so pages print no address: they link the
 * Immigration Office's own page, which keeps it current.
 */
export const registration: Fact<{ authorityUrl: string }> = {
  value: { authorityUrl: "https://dofi.ibz.be/nl/themes/ukraine/tijdelijke-bescherming" },
  source: {
    title: text(
      "Fedasil: registratie van mensen uit Oekraïne",
      "Fedasil: registration of people from Ukraine",
      "Fedasil: реєстрація людей з України",
      "Fedasil: регистрация людей из Украины",
    ),
    url: "https://www.fedasil.be/nl/nieuws",
    publishedOn: "2024-02-26",
  },
  checkedOn: factSheetCheckedOn,
  confidence: "high",
};

/**
 * At the municipality: register within 3 months, first a bijlage 15 (valid 45 days) and later the
 * electronic A-card, valid until the end of the EU period. Renewal is not automatic.
 */
export const municipalityRegistration: Fact<{ registerWithinMonths: number; annex15ValidDays: number }> = {
  value: { registerWithinMonths: 3, annex15ValidDays: 45 },
  source: {
    title: text(
      "vreemdelingenrecht.be: dossier Oekraïne",
      "vreemdelingenrecht.be: Ukraine file (in Dutch)",
      "vreemdelingenrecht.be: розділ «Україна» (нідерландською)",
      "vreemdelingenrecht.be: раздел «Украина» (на нидерландском)",
    ),
    url: "https://www.vreemdelingenrecht.be",
    publishedOn: "2024-01-22",
  },
  checkedOn: factSheetCheckedOn,
  confidence: "medium",
};

/**
 * How eligibility is judged in practice: refusals rose (883 in 2024, 2,380 in January–October 2025,
 * 31%), presence in Ukraine in 2021–22 is checked. Secondary sources that agree: medium.
 */
export const eligibilityPractice: Fact<{
  refusals2024: number;
  refusalsJanToOct2025: number;
  refusalShareJanToOct2025: number;
}> = {
  value: { refusals2024: 883, refusalsJanToOct2025: 2380, refusalShareJanToOct2025: 31 },
  source: {
    title: text(
      "RTBF: weigeringen van tijdelijke bescherming (eind 2025)",
      "RTBF: refusals of temporary protection (late 2025)",
      "RTBF: відмови в тимчасовому захисті (кінець 2025 року)",
      "RTBF: отказы во временной защите (конец 2025 года)",
    ),
    url: "https://www.rtbf.be/",
    publishedOn: null,
  },
  checkedOn: factSheetCheckedOn,
  confidence: "medium",
};
