/**
 * What local governments ask AgII about. Legal topics go to the legal advisers of the service for
 * foreigners' law and international family law, wherever the municipality is; sector topics go to
 * the coordinator of that sector in the municipality's region.
 */
export const legalTopics = [
  "RESIDENCE_STATUS",
  "FAMILY_REUNIFICATION",
  "INTERNATIONAL_FAMILY_LAW",
  "NATIONALITY_DOCUMENTS",
] as const;
export const sectorTopics = [
  "HOUSING",
  "WORK",
  "EDUCATION",
  "HEALTH_WELFARE",
  "LIVING_TOGETHER",
  "OTHER",
] as const;
export const questionTopics = [...legalTopics, ...sectorTopics] as const;
export type QuestionTopic = (typeof questionTopics)[number];

export const isLegalTopic = (topic: QuestionTopic): boolean =>
  (legalTopics as readonly string[]).includes(topic);

/** The five Flemish provinces and Brussels, a region of its own. */
export const supportRegions = [
  "ANTWERPEN",
  "LIMBURG",
  "OOST_VLAANDEREN",
  "VLAAMS_BRABANT",
  "WEST_VLAANDEREN",
  "BRUSSELS",
] as const;
export type SupportRegion = (typeof supportRegions)[number];

const supportRegionByProvince: Readonly<Record<string, SupportRegion>> = {
  Antwerpen: "ANTWERPEN",
  Limburg: "LIMBURG",
  "Oost-Vlaanderen": "OOST_VLAANDEREN",
  "Vlaams-Brabant": "VLAAMS_BRABANT",
  "West-Vlaanderen": "WEST_VLAANDEREN",
};

/**
 * The support region of a municipality, from its province and region columns (the 2025 reference
 * data in prisma/reference-data, which knows the merged municipalities): Brussels has no province
 * and is a region of its own. Null for a municipality AgII does not serve (or without a province).
 */
export function supportRegionOf(municipality: {
  province: string | null;
  region: "FLANDERS" | "BRUSSELS";
}): SupportRegion | null {
  if (municipality.region === "BRUSSELS") return "BRUSSELS";
  return municipality.province ? (supportRegionByProvince[municipality.province] ?? null) : null;
}
