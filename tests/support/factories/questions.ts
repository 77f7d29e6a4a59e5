import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import type { QuestionTopic, SupportRegion } from "@/server/generated/prisma/enums";
import { anActor } from "./nt2";

/** An AgII adviser with a profile of topics and regions, as the Actor their session would give. */
export async function anAdviser(
  organisation: { id: string; municipalityNis: string | null },
  profile: { topics: QuestionTopic[]; regions: SupportRegion[] },
): Promise<Actor> {
  const actor = await anActor("AGII_ADVISER", organisation);
  await db().adviserProfile.create({
    data: { userId: actor.userId, topics: profile.topics, regions: profile.regions },
  });
  return actor;
}
