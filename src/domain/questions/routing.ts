import { isLegalTopic, type QuestionTopic, type SupportRegion } from "./topics";

export type AdviserProfile = { topics: readonly QuestionTopic[]; regions: readonly SupportRegion[] };

/**
 * Whether a question belongs in an adviser's queue: a legal adviser answers their legal topics for
 * every region (one service for all of Flanders and Brussels); a sector coordinator answers their
 * sector for their regions only.
 */
export function adviserServes(
  profile: AdviserProfile,
  question: { topic: QuestionTopic; region: SupportRegion },
): boolean {
  if (!profile.topics.includes(question.topic)) return false;
  return isLegalTopic(question.topic) || profile.regions.includes(question.region);
}
