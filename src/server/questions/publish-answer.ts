import "server-only";
import { proposeAnswerInput } from "@/domain/questions/input";
import { findPersonalData } from "@/domain/questions/personal-data";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { denyAsNotFound } from "../auth/deny";
import { parseInput } from "../parse-input";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { questionsVisibleTo } from "./scope";

export const answerSearchText = (answer: { title: string; question: string; answer: string }) =>
  `${answer.title}\n${answer.question}\n${answer.answer}`.toLowerCase();

/**
 * Names of municipalities found in a text. An answer for all names no place smaller than a
 * province, so a municipality's name (as a whole word) is refused.
 */
async function municipalitiesNamed(tx: Tx, text: string): Promise<string[]> {
  const names = await tx.municipality.findMany({ select: { nameNl: true } });
  const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return names
    .map((row) => row.nameNl)
    .filter((name) => new RegExp(`(^|[^\\p{L}])${escape(name)}($|[^\\p{L}])`, "iu").test(text));
}

/**
 * An adviser proposes a question and its answer, rewritten for every staff member. It is published
 * only when a second adviser approves it (approveAnswer).
 */
export async function proposeAnswer(actor: Actor, input: unknown, now = new Date()): Promise<{ id: string }> {
  await authorize(actor, "answers.publish", { type: "PublishedAnswer" });
  const answer = parseInput(proposeAnswerInput, input);
  const text = `${answer.title}\n${answer.question}\n${answer.answer}`;
  const personal = findPersonalData(text);
  if (personal.length > 0) throw new AppError("INVALID_INPUT", "personalData", { answer: personal });
  return db().$transaction(async (tx) => {
    const places = await municipalitiesNamed(tx, text);
    if (places.length > 0)
      throw new AppError(
        "INVALID_INPUT",
        "namesMunicipality",
        { answer: ["namesMunicipality"] },
        { places: places.join(", ") },
      );
    if (answer.questionId) {
      const source = await tx.question.findFirst({
        where: { id: answer.questionId, ...(await questionsVisibleTo(tx, actor)) },
        select: { id: true },
      });
      if (!source)
        return denyAsNotFound(actor, { type: "Question", id: answer.questionId }, { propose: true });
    }
    const created = await tx.publishedAnswer.create({
      data: {
        topic: answer.topic,
        title: answer.title,
        question: answer.question,
        answer: answer.answer,
        searchText: answerSearchText(answer),
        sourceQuestionId: answer.questionId ?? null,
        authorId: actor.userId,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(
      tx,
      actor,
      "CREATE",
      { type: "PublishedAnswer", id: created.id },
      { topic: answer.topic },
    );
    return created;
  });
}

/** A second adviser approves a proposed answer; the author cannot approve their own. */
export async function approveAnswer(
  actor: Actor,
  input: { answerId: string },
  now = new Date(),
): Promise<void> {
  await authorize(actor, "answers.publish", { type: "PublishedAnswer", id: input.answerId });
  await db().$transaction(async (tx) => {
    const proposed = await tx.publishedAnswer.findFirst({
      where: { id: input.answerId, status: "PROPOSED" },
      select: { id: true, authorId: true },
    });
    if (!proposed) throw new AppError("NOT_FOUND");
    if (proposed.authorId === actor.userId) throw new AppError("CONFLICT", "secondAdviserNeeded");
    const updated = await tx.publishedAnswer.updateMany({
      where: { id: proposed.id, status: "PROPOSED" },
      data: { status: "PUBLISHED", approvedById: actor.userId, publishedAt: now, lastReviewedAt: now },
    });
    if (updated.count === 0) throw new AppError("STALE_EDIT");
    await recordAudit(tx, actor, "UPDATE", { type: "PublishedAnswer", id: proposed.id }, { approved: true });
  });
}

/** The author (or another adviser) confirms a published answer still holds: it counts as reviewed today. */
export async function markAnswerReviewed(
  actor: Actor,
  input: { answerId: string },
  now = new Date(),
): Promise<void> {
  await authorize(actor, "answers.publish", { type: "PublishedAnswer", id: input.answerId });
  await db().$transaction(async (tx) => {
    const updated = await tx.publishedAnswer.updateMany({
      where: { id: input.answerId, status: "PUBLISHED" },
      data: { lastReviewedAt: now, reviewRequestedAt: null },
    });
    if (updated.count === 0) throw new AppError("NOT_FOUND");
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "PublishedAnswer", id: input.answerId },
      { reviewed: true },
    );
  });
}
