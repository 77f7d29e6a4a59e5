import "server-only";
import { can } from "@/domain/permissions";
import type { AdviserProfile } from "@/domain/questions/routing";
import { isLegalTopic } from "@/domain/questions/topics";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import type { Tx } from "../db";

/**
 * The questions an actor may see, as a where clause every read and change uses:
 * administrators see every queue; an adviser the questions of their profile (legal topics in every
 * region, sector topics in their regions); anyone else the questions their organisation asked.
 */
export async function questionsVisibleTo(tx: Tx, actor: Actor): Promise<Prisma.QuestionWhereInput> {
  if (actor.role === "ADMIN") return {};
  if (can(actor.role, "questions.answer")) return questionsInQueueOf(await adviserProfileOf(tx, actor));
  return { askerOrganisationId: actor.organisationId };
}

export async function adviserProfileOf(tx: Tx, actor: Actor): Promise<AdviserProfile> {
  return (
    (await tx.adviserProfile.findUnique({
      where: { userId: actor.userId },
      select: { topics: true, regions: true },
    })) ?? { topics: [], regions: [] }
  );
}

/** The same rule as domain/questions/routing.ts#adviserServes, as a query. */
export function questionsInQueueOf(profile: AdviserProfile): Prisma.QuestionWhereInput {
  const legal = profile.topics.filter(isLegalTopic);
  const sector = profile.topics.filter((topic) => !isLegalTopic(topic));
  return {
    OR: [{ topic: { in: legal } }, { topic: { in: sector }, region: { in: [...profile.regions] } }],
  };
}

/** Whether the actor is the one who may act as asker on a question (their organisation asked it). */
export const isAskerSide = (actor: Actor, question: { askerOrganisationId: string }) =>
  question.askerOrganisationId === actor.organisationId;
