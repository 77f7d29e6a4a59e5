import "server-only";
import { can } from "@/domain/permissions";
import { questionStepInput } from "@/domain/questions/input";
import { findPersonalData } from "@/domain/questions/personal-data";
import { adviserMoves, canReopen, questionTransition } from "@/domain/questions/states";
import type { QuestionMessageKind } from "../generated/prisma/enums";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { denyAsNotFound } from "../auth/deny";
import { parseInput } from "../parse-input";
import { db } from "../db";
import { AppError } from "../errors";
import { notifyAsker, notifyQueue, type QuestionMailEvent } from "./question-mail";
import { isAskerSide, questionsVisibleTo } from "./scope";

const messageKinds = {
  answer: "ANSWER",
  askBack: "ASK_BACK",
  reply: "REPLY",
  pass: "PASS",
} as const satisfies Record<string, QuestionMessageKind>;
const mailEvents = {
  take: null,
  answer: "answered",
  askBack: "askedBack",
  pass: "passed",
  reply: "replied",
  close: "closed",
  reopen: "reopened",
} as const satisfies Record<string, QuestionMailEvent | null>;

/**
 * One step on a question: an adviser takes, answers, asks back or passes it to another sector or
 * region (with a note); the asking organisation replies, closes or reopens (within 14 days).
 * Every step is stamped as a message, audited and mailed, in one transaction; the version in the
 * input guards against two people acting on the same state.
 */
export async function stepQuestion(actor: Actor, input: unknown, now = new Date()): Promise<void> {
  const step = parseInput(questionStepInput, input);
  const adviserStep = (adviserMoves as readonly string[]).includes(step.move);
  await authorize(actor, adviserStep ? "questions.answer" : "questions.ask", {
    type: "Question",
    id: step.questionId,
  });
  if ("body" in step && step.move !== "pass" && step.move !== "answer") {
    // Replies from the asking side are checked like the question itself; advisers write answers.
    const found = findPersonalData(step.body);
    if (found.length > 0) throw new AppError("INVALID_INPUT", "personalData", { body: found });
  }

  await db().$transaction(async (tx) => {
    const scope = await questionsVisibleTo(tx, actor);
    const question = await tx.question.findFirst({
      where: { id: step.questionId, ...scope },
      select: {
        id: true,
        status: true,
        version: true,
        topic: true,
        region: true,
        askedById: true,
        askerOrganisationId: true,
        assignedToId: true,
        firstAnsweredAt: true,
        answeredAt: true,
        closedAt: true,
      },
    });
    if (!question || (!adviserStep && !isAskerSide(actor, question)))
      return denyAsNotFound(actor, { type: "Question", id: step.questionId }, { move: step.move });
    if (question.version !== step.version) throw new AppError("STALE_EDIT");
    const to = questionTransition(question.status, step.move);
    if (!to || (step.move === "reopen" && !canReopen(question, now)))
      throw new AppError("CONFLICT", "illegalTransition");

    const passedTo = step.move === "pass" ? { topic: step.topic, region: step.region } : null;
    const updated = await tx.question.updateMany({
      where: { id: question.id, version: question.version },
      data: {
        status: to,
        version: { increment: 1 },
        ...(step.move === "take" ? { assignedToId: actor.userId } : {}),
        ...(step.move === "answer"
          ? {
              answeredAt: now,
              firstAnsweredAt: question.firstAnsweredAt ?? now,
              assignedToId: question.assignedToId ?? actor.userId,
            }
          : {}),
        ...(step.move === "askBack" ? { assignedToId: question.assignedToId ?? actor.userId } : {}),
        ...(passedTo ? { ...passedTo, assignedToId: null } : {}),
        ...(step.move === "close" ? { closedAt: now } : {}),
        ...(step.move === "reopen" ? { closedAt: null } : {}),
      },
    });
    if (updated.count === 0) throw new AppError("STALE_EDIT");
    const kind = step.move in messageKinds ? messageKinds[step.move as keyof typeof messageKinds] : "STATUS";
    await tx.questionMessage.create({
      data: {
        questionId: question.id,
        authorId: actor.userId,
        kind,
        body: "body" in step ? step.body : "",
        fromStatus: question.status,
        toStatus: to,
        createdAt: now,
      },
    });
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Question", id: question.id },
      { move: step.move, from: question.status, to, ...(passedTo ?? {}) },
    );

    const event = mailEvents[step.move];
    if (!event) return;
    if (step.move === "reply" || step.move === "reopen")
      await notifyQueue(tx, { ...question, assignedToId: question.assignedToId }, event, now);
    else if (passedTo) await notifyQueue(tx, { ...question, ...passedTo, assignedToId: null }, event, now);
    else if (adviserStep) await notifyAsker(tx, question, event, now);
    // An asker closing their own question tells the adviser who had it.
    else if (question.assignedToId) await notifyQueue(tx, question, event, now);
  });
}

/** Whether the actor answers questions (advisers, administrators) rather than asking them. */
export const answersQuestions = (actor: Actor) => can(actor.role, "questions.answer");
