import "server-only";
import { answerSearchInput } from "@/domain/questions/input";
import type { QuestionTopic } from "@/domain/questions/topics";
import { Prisma } from "../generated/prisma/client";
import { authorize } from "../auth/authorize";
import type { Actor } from "../auth/actor";
import { parseInput } from "../parse-input";
import { db } from "../db";
import { reviewAfterMonths, reviewDueBefore } from "./request-answer-reviews";

export type AnswerHit = {
  id: string;
  topic: QuestionTopic;
  title: string;
  question: string;
  answer: string;
  publishedAt: Date;
  lastReviewedAt: Date | null;
};
export type SearchMethod = "fulltext" | "trigram";

/**
 * Published answers matching a text, best first. Two ways were tried (bench/README.md compares
 * them): Dutch full-text search (stems words: "gezinshereniging" ~ "gezinsherenigingen") and
 * trigram word similarity (forgives typos). The default combines them: full-text ranks, trigram
 * catches what stemming misses.
 */
export async function matchAnswers(
  text: string,
  topic: QuestionTopic | "",
  options: { method?: SearchMethod | "both"; take?: number; candidates?: number } = {},
): Promise<AnswerHit[]> {
  const method = options.method ?? "both";
  const take = options.take ?? 20;
  const topicFilter = topic ? Prisma.sql`AND a."topic" = ${topic}::"QuestionTopic"` : Prisma.empty;
  const columns = Prisma.sql`a."id", a."topic"::text AS "topic", a."title", a."question", a."answer", a."publishedAt", a."lastReviewedAt"`;
  if (!text) {
    return db().$queryRaw<
      AnswerHit[]
    >`SELECT ${columns} FROM "PublishedAnswer" a WHERE a."status" = 'PUBLISHED' ${topicFilter} ORDER BY a."publishedAt" DESC LIMIT ${take}`;
  }
  const vector = Prisma.sql`(setweight(to_tsvector('dutch', a."title"), 'A') || to_tsvector('dutch', a."question" || ' ' || a."answer"))`;
  const query = Prisma.sql`websearch_to_tsquery('dutch', ${text})`;
  const lowered = text.toLowerCase();
  const fulltext = Prisma.sql`${vector} @@ ${query}`;
  const trigram = Prisma.sql`${lowered} <% a."searchText"`;
  const order = Prisma.sql`ORDER BY ${method === "trigram" ? Prisma.empty : Prisma.sql`ts_rank(${vector}, ${query}) DESC,`} word_similarity(${lowered}, a."searchText") DESC`;
  if (options.candidates && method === "both") {
    // A bounded candidate set from each index, ranked afterwards: a title of common syllables matches
    // many answers by trigram, and ranking (ts_rank recomputes the vector) every one of them is the cost.
    return db().$queryRaw<AnswerHit[]>`
      WITH candidates AS (
        (SELECT a."id" FROM "PublishedAnswer" a WHERE a."status" = 'PUBLISHED' ${topicFilter} AND ${fulltext} LIMIT ${options.candidates})
        UNION
        (SELECT a."id" FROM "PublishedAnswer" a WHERE a."status" = 'PUBLISHED' ${topicFilter} AND ${trigram} LIMIT ${options.candidates})
      )
      SELECT ${columns} FROM "PublishedAnswer" a JOIN candidates c ON c."id" = a."id"
      ${order}
      LIMIT ${take}`;
  }
  const match =
    method === "fulltext"
      ? fulltext
      : method === "trigram"
        ? trigram
        : Prisma.sql`(${fulltext} OR ${trigram})`;
  return db().$queryRaw<AnswerHit[]>`
    SELECT ${columns} FROM "PublishedAnswer" a
    WHERE a."status" = 'PUBLISHED' ${topicFilter} AND ${match}
    ${order}
    LIMIT ${take}`;
}

/** Staff search and filter answers for all by topic and text. Reading them is not audited: they hold no personal data. */
export async function searchAnswers(actor: Actor, input: unknown) {
  await authorize(actor, "answers.read", { type: "PublishedAnswer" });
  const query = parseInput(answerSearchInput, input);
  return matchAnswers(query.text, query.topic);
}

/** Answers that look like a question being typed (its title), to read before asking. */
export async function similarAnswers(actor: Actor, input: { title: string }) {
  await authorize(actor, "answers.read", { type: "PublishedAnswer" });
  const title = input.title.trim().slice(0, 200);
  return title.length < 4 ? [] : matchAnswers(title, "", { take: 5, candidates: 40 });
}

/** Whether an answer is due for its author's review (last reviewed over 12 months ago). */
export function needsReview(
  answer: { lastReviewedAt: Date | null; publishedAt: Date | null },
  now: Date,
): boolean {
  const reviewed = answer.lastReviewedAt ?? answer.publishedAt;
  if (!reviewed) return false;
  const due = new Date(reviewed);
  due.setUTCMonth(due.getUTCMonth() + reviewAfterMonths);
  return due <= now;
}

/** The published answers an adviser wrote that ask for review, and the proposals waiting for a second adviser. */
export async function answersToLookAt(actor: Actor, now = new Date()) {
  await authorize(actor, "answers.publish", { type: "PublishedAnswer" });
  const reviewBefore = reviewDueBefore(now);
  const select = {
    id: true,
    topic: true,
    title: true,
    question: true,
    answer: true,
    createdAt: true,
    lastReviewedAt: true,
    author: { select: { name: true } },
    authorId: true,
  } as const;
  const [proposals, dueForReview] = await Promise.all([
    db().publishedAnswer.findMany({
      where: { status: "PROPOSED" },
      select,
      orderBy: { createdAt: "asc" },
      take: 50,
    }),
    db().publishedAnswer.findMany({
      where: { status: "PUBLISHED", authorId: actor.userId, lastReviewedAt: { lte: reviewBefore } },
      select,
      orderBy: { lastReviewedAt: "asc" },
      take: 50,
    }),
  ]);
  return { proposals: proposals.map((p) => ({ ...p, mine: p.authorId === actor.userId })), dueForReview };
}
