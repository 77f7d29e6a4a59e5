import "server-only";
import { askQuestionInput } from "@/domain/questions/input";
import { findPersonalData } from "@/domain/questions/personal-data";
import { supportRegionOf } from "@/domain/questions/topics";
import { defaultFirstAnswerWorkingDays, workingDaysDeadline } from "@/domain/questions/working-days";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { parseInput } from "../parse-input";
import { db } from "../db";
import { AppError } from "../errors";
import { notifyQueue } from "./question-mail";

/**
 * A municipality, OCMW or partner staff member asks AgII a question about a situation. The text is
 * refused when it shows personal data (the form says which kind); the question is routed by topic
 * and by the region of the municipality it concerns, with its first-answer deadline in working days.
 */
export async function askQuestion(actor: Actor, input: unknown, now = new Date()): Promise<{ id: string }> {
  await authorize(actor, "questions.ask", { type: "Question" });
  const question = parseInput(askQuestionInput, input);
  const found = [...new Set([...findPersonalData(question.title), ...findPersonalData(question.body)])];
  if (found.length > 0) throw new AppError("INVALID_INPUT", "personalData", { body: found });
  // By default the asker's own municipality; staff without one (partners, AgII) name it.
  const municipalityNis = question.municipalityNis || actor.municipalityNis;
  if (!municipalityNis)
    throw new AppError("INVALID_INPUT", "municipality", { municipalityNis: ["required"] });
  return db().$transaction(async (tx) => {
    const municipality = await tx.municipality.findUnique({
      where: { nisCode: municipalityNis },
      select: { province: true, region: true },
    });
    // The reference data decides the region (and knows the 2025 mergers); no province, no queue.
    const region = municipality && supportRegionOf(municipality);
    if (!region) throw new AppError("INVALID_INPUT", "municipality", { municipalityNis: ["invalid"] });
    const target = await tx.questionTopicTarget.findUnique({
      where: { topic: question.topic },
      select: { workingDays: true },
    });
    const created = await tx.question.create({
      data: {
        topic: question.topic,
        title: question.title,
        body: question.body,
        municipalityNis,
        region,
        askedById: actor.userId,
        askerOrganisationId: actor.organisationId,
        firstAnswerDueAt: workingDaysDeadline(now, target?.workingDays ?? defaultFirstAnswerWorkingDays),
        createdAt: now,
      },
      select: { id: true, topic: true, region: true },
    });
    await recordAudit(
      tx,
      actor,
      "CREATE",
      { type: "Question", id: created.id },
      { topic: created.topic, region: created.region },
    );
    await notifyQueue(tx, created, "asked", now);
    return { id: created.id };
  });
}
