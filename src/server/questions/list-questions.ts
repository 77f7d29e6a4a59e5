import "server-only";
import { can } from "@/domain/permissions";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit";
import { db } from "../db";
import { questionsVisibleTo } from "./scope";

const openStatuses = ["NEW", "TAKEN", "WAITING_FOR_ASKER"] as const;

/**
 * An adviser's queue (or, for administrators, every queue): open questions, overdue first, then by
 * deadline. Askers get their organisation's questions, newest first. Only what the list shows.
 */
export async function listQuestions(actor: Actor, options: { take?: number } = {}) {
  const answers = can(actor.role, "questions.answer");
  await authorize(actor, answers ? "questions.answer" : "questions.ask", { type: "Question" });
  const take = Math.min(options.take ?? 100, 200);
  const select = {
    id: true,
    topic: true,
    title: true,
    region: true,
    status: true,
    firstAnswerDueAt: true,
    firstAnsweredAt: true,
    createdAt: true,
    municipality: { select: { nameNl: true } },
    assignedTo: { select: { name: true } },
  } as const;
  const questions = answers
    ? await db().question.findMany({
        where: { ...(await questionsVisibleTo(db(), actor)), status: { in: [...openStatuses] } },
        select,
        // Unanswered questions by deadline: the overdue ones come first by construction.
        orderBy: [{ firstAnsweredAt: { sort: "desc", nulls: "first" } }, { firstAnswerDueAt: "asc" }],
        take,
      })
    : await db().question.findMany({
        where: { askerOrganisationId: actor.organisationId },
        select,
        orderBy: { createdAt: "desc" },
        take,
      });
  await recordAudit(
    db(),
    actor,
    "READ",
    { type: "Question" },
    { list: answers ? "queue" : "own", count: questions.length },
  );
  return { questions, answers };
}
