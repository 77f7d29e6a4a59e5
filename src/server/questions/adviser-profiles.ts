import "server-only";
import { adviserProfileInput, topicTargetInput } from "@/domain/questions/input";
import { questionTopics } from "@/domain/questions/topics";
import { defaultFirstAnswerWorkingDays } from "@/domain/questions/working-days";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { parseInput } from "../parse-input";
import { db } from "../db";
import { AppError } from "../errors";

/** The AgII advisers (active accounts with that role) with their profile, and the target per topic, for administrators. */
export async function listAdviserProfiles(actor: Actor) {
  await authorize(actor, "advisers.manage", { type: "AdviserProfile" });
  const [advisers, targets] = await Promise.all([
    db().user.findMany({
      where: { role: "AGII_ADVISER", active: true },
      select: { id: true, name: true, adviserProfile: { select: { topics: true, regions: true } } },
      orderBy: { name: "asc" },
    }),
    db().questionTopicTarget.findMany({ select: { topic: true, workingDays: true } }),
  ]);
  const byTopic = new Map(targets.map((target) => [target.topic, target.workingDays]));
  return {
    advisers: advisers.map((adviser) => ({
      id: adviser.id,
      name: adviser.name,
      topics: adviser.adviserProfile?.topics ?? [],
      regions: adviser.adviserProfile?.regions ?? [],
    })),
    targets: questionTopics.map((topic) => ({
      topic,
      workingDays: byTopic.get(topic) ?? defaultFirstAnswerWorkingDays,
    })),
  };
}

/** Sets which topics and regions an adviser answers; audited with the new profile. Only AgII advisers have one. */
export async function saveAdviserProfile(actor: Actor, input: unknown): Promise<void> {
  await authorize(actor, "advisers.manage", { type: "AdviserProfile" });
  const profile = parseInput(adviserProfileInput, input);
  await db().$transaction(async (tx) => {
    const adviser = await tx.user.findFirst({
      where: { id: profile.userId, role: "AGII_ADVISER" },
      select: { id: true },
    });
    if (!adviser) throw new AppError("NOT_FOUND");
    const data = { topics: [...new Set(profile.topics)], regions: [...new Set(profile.regions)] };
    await tx.adviserProfile.upsert({
      where: { userId: adviser.id },
      update: data,
      create: { userId: adviser.id, ...data },
    });
    await recordAudit(tx, actor, "UPDATE", { type: "AdviserProfile", id: adviser.id }, data);
  });
}

/** Sets a topic's first-answer target in working days; new questions get it, open ones keep theirs. Audited. */
export async function saveTopicTarget(actor: Actor, input: unknown): Promise<void> {
  await authorize(actor, "advisers.manage", { type: "QuestionTopicTarget" });
  const target = parseInput(topicTargetInput, input);
  await db().$transaction(async (tx) => {
    await tx.questionTopicTarget.upsert({
      where: { topic: target.topic },
      update: { workingDays: target.workingDays },
      create: target,
    });
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "QuestionTopicTarget", id: target.topic },
      { workingDays: target.workingDays },
    );
  });
}
