import "server-only";
import { can } from "@/domain/permissions";
import { canReopen } from "@/domain/questions/states";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { denyAsNotFound } from "../auth/deny";
import { db } from "../db";
import { isAskerSide, questionsVisibleTo } from "./scope";

/** One question with its stamped thread, for an adviser in whose queue it is or the organisation that asked it. */
export async function getQuestion(actor: Actor, input: { questionId: string }, now = new Date()) {
  const answers = can(actor.role, "questions.answer");
  await authorize(actor, answers ? "questions.answer" : "questions.ask", {
    type: "Question",
    id: input.questionId,
  });
  const valid = /^[0-9a-f-]{36}$/i.test(input.questionId);
  const question = valid
    ? await db().question.findFirst({
        where: { id: input.questionId, ...(await questionsVisibleTo(db(), actor)) },
        select: {
          id: true,
          version: true,
          topic: true,
          title: true,
          body: true,
          region: true,
          status: true,
          firstAnswerDueAt: true,
          firstAnsweredAt: true,
          answeredAt: true,
          closedAt: true,
          createdAt: true,
          askerOrganisationId: true,
          municipality: { select: { nameNl: true } },
          askedBy: { select: { name: true } },
          askerOrganisation: { select: { name: true } },
          assignedTo: { select: { name: true } },
          messages: {
            select: {
              id: true,
              kind: true,
              body: true,
              fromStatus: true,
              toStatus: true,
              createdAt: true,
              author: { select: { name: true } },
            },
            orderBy: { createdAt: "asc" },
          },
        },
      })
    : null;
  if (!question) return denyAsNotFound(actor, { type: "Question", id: input.questionId }, { read: true });
  await recordAudit(db(), actor, "READ", { type: "Question", id: question.id });
  const asker = isAskerSide(actor, question);
  return { question, mayAnswer: answers, mayAct: asker, mayReopen: asker && canReopen(question, now) };
}
