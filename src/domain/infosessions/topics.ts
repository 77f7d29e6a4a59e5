/** What each series covers, as in AgII's briefing: the same for every language and region. */
export const infosessionSeries = ["SERIES_1", "SERIES_2", "FOLLOW_UP"] as const;
export type InfosessionSeries = (typeof infosessionSeries)[number];

export type Topic =
  | "residenceStatus"
  | "housing"
  | "income"
  | "work"
  | "health"
  | "mobility"
  | "education"
  | "livingTogether"
  | "questions";

export const topicsBySeries: Record<InfosessionSeries, readonly Topic[]> = {
  SERIES_1: ["residenceStatus", "housing", "income", "work"],
  SERIES_2: ["health", "mobility", "education", "livingTogether"],
  FOLLOW_UP: ["questions"],
};

/**
 * Flanders and Brussels: each has its own infosessions ("Welkom in Vlaanderen", "Welkom in Brussel")
 * and an NT2 learner's course is looked for in theirs. Mirrors the schema's `Region`.
 */
export const regions = ["FLANDERS", "BRUSSELS"] as const;
export type Region = (typeof regions)[number];
