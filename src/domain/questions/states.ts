/**
 * A question's life: NEW until an adviser takes it, TAKEN while they work on it, WAITING_FOR_ASKER
 * after they asked something back, ANSWERED, CLOSED. The asker can reopen an answered or closed
 * question within 14 days of the answer.
 */
export const questionStatuses = ["NEW", "TAKEN", "WAITING_FOR_ASKER", "ANSWERED", "CLOSED"] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

export const adviserMoves = ["take", "answer", "askBack", "pass"] as const;
export const askerMoves = ["reply", "close", "reopen"] as const;
export type QuestionMove = (typeof adviserMoves)[number] | (typeof askerMoves)[number];

const moves: Record<QuestionMove, { from: readonly QuestionStatus[]; to: QuestionStatus }> = {
  take: { from: ["NEW"], to: "TAKEN" },
  answer: { from: ["NEW", "TAKEN", "WAITING_FOR_ASKER"], to: "ANSWERED" },
  askBack: { from: ["NEW", "TAKEN"], to: "WAITING_FOR_ASKER" },
  // Passed on to another sector or region: it lands in that queue as new.
  pass: { from: ["NEW", "TAKEN", "WAITING_FOR_ASKER"], to: "NEW" },
  reply: { from: ["WAITING_FOR_ASKER"], to: "TAKEN" },
  close: { from: ["NEW", "TAKEN", "WAITING_FOR_ASKER", "ANSWERED"], to: "CLOSED" },
  reopen: { from: ["ANSWERED", "CLOSED"], to: "TAKEN" },
};

export const reopenWindowDays = 14;

/** The status a move leads to from `from`, or null when the move is not allowed there. */
export function questionTransition(from: QuestionStatus, move: QuestionMove): QuestionStatus | null {
  return moves[move].from.includes(from) ? moves[move].to : null;
}

/** Whether the asker may still reopen: within 14 days of the last answer (or of closing, without one). */
export function canReopen(
  question: { status: QuestionStatus; answeredAt: Date | null; closedAt: Date | null },
  now: Date,
): boolean {
  if (!questionTransition(question.status, "reopen")) return false;
  const since = question.answeredAt ?? question.closedAt;
  return since !== null && now.getTime() - since.getTime() <= reopenWindowDays * 86_400_000;
}
