/**
 * What local governments ask AgII about. Legal topics go to the legal advisers of the service for
 * foreigners' law and international family law, wherever the municipality is; sector topics go to
 * the coordinator of that sector in the municipality's region.
 */
export const legalTopics = ["RESIDENCE_STATUS", "FAMILY_REUNIFICATION", "INTERNATIONAL_FAMILY_LAW", "NATIONALITY_DOCUMENTS"] as const;
export const sectorTopics = ["HOUSING", "WORK", "EDUCATION", "HEALTH_WELFARE", "LIVING_TOGETHER", "OTHER"] as const;
export const questionTopics = [...legalTopics, ...sectorTopics] as const;
export type QuestionTopic = (typeof questionTopics)[number];

export const isLegalTopic = (topic: QuestionTopic): boolean => (legalTopics as readonly string[]).includes(topic);

/** The five Flemish provinces and Brussels, a region of its own. */
export const supportRegions = ["ANTWERPEN", "LIMBURG", "OOST_VLAANDEREN", "VLAAMS_BRABANT", "WEST_VLAANDEREN", "BRUSSELS"] as const;
export type SupportRegion = (typeof supportRegions)[number];

/**
 * The province (or Brussels) of a municipality, from its NIS code: the first digits name the
 * province (1 Antwerpen, 21 Brussels, 23/24 Vlaams-Brabant, 3 West-Vlaanderen, 4 Oost-Vlaanderen,
 * 7 Limburg). The Municipality table has no province column yet, so this is the one place that
 * knows; null for Walloon municipalities, which AgII does not serve.
 */
export function regionOfMunicipality(nisCode: string): SupportRegion | null {
  if (!/^\d{5}$/.test(nisCode)) return null;
  if (nisCode.startsWith("21")) return "BRUSSELS";
  if (nisCode.startsWith("23") || nisCode.startsWith("24")) return "VLAAMS_BRABANT";
  switch (nisCode[0]) {
    case "1":
      return "ANTWERPEN";
    case "3":
      return "WEST_VLAANDEREN";
    case "4":
      return "OOST_VLAANDEREN";
    case "7":
      return "LIMBURG";
    default:
      return null;
  }
}
