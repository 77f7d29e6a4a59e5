import "server-only";
import { env } from "@/env";
import { log } from "./log";

/**
 * Background loops every instance runs (the mail and SMS outbox senders, reminders, retention). The outbox and
 * reminders claim their rows with FOR UPDATE SKIP LOCKED; the others are `alone`: a round runs only
 * if no other instance is running the same loop (an advisory lock, src/server/run-alone.ts), so
 * several instances never do the same work twice. To add one, add an entry to `loops()`: a name,
 * an interval, and a function that does one round of work.
 */
export type BackgroundLoop = {
  name: string;
  intervalMs: number;
  alone?: boolean;
  run: () => Promise<unknown>;
};

async function loops(): Promise<BackgroundLoop[]> {
  const { sendDueMail } = await import("./mail/outbox-worker");
  const { sendDueSms } = await import("./sms/sms-worker");
  const { queueDueReminders } = await import("./infosessions/reminders");
  const { pruneRateLimitCounters } = await import("./rate-limit");
  const { pruneFinishedMail } = await import("./mail/prune-outbox");
  const { anonymiseInactivePersons } = await import("./cases/anonymise-inactive-persons");
  const { erasePastRegistrations } = await import("./infosessions/erase-past-registrations");
  const { eraseClosedQuestions } = await import("./questions/erase-closed-questions");
  const { requestAnswerReviews } = await import("./questions/request-answer-reviews");
  return [
    { name: "outbox", intervalMs: env().OUTBOX_POLL_MS, run: () => sendDueMail() },
    { name: "sms-outbox", intervalMs: env().OUTBOX_POLL_MS, run: () => sendDueSms() },
    { name: "reminders", intervalMs: env().REMINDER_POLL_MS, run: () => queueDueReminders() },
    { name: "rate-limit-pruning", intervalMs: 3_600_000, alone: true, run: () => pruneRateLimitCounters() },
    { name: "outbox-pruning", intervalMs: 3_600_000, alone: true, run: () => pruneFinishedMail() },
    {
      name: "retention",
      intervalMs: 6 * 3_600_000,
      alone: true,
      run: () => anonymiseInactivePersons().then((count) => log.info("retention.anonymised", { count })),
    },
    {
      name: "registration-retention",
      intervalMs: 6 * 3_600_000,
      alone: true,
      run: () =>
        erasePastRegistrations().then((count) => log.info("retention.registrations_erased", { count })),
    },
    {
      name: "answer-reviews",
      intervalMs: 6 * 3_600_000,
      alone: true,
      run: () => requestAnswerReviews().then((count) => log.info("answers.review_requested", { count })),
    },
    {
      name: "question-retention",
      intervalMs: 6 * 3_600_000,
      alone: true,
      run: () => eraseClosedQuestions().then((count) => log.info("retention.questions_erased", { count })),
    },
  ];
}

// On globalThis: instrumentation and the route handlers are bundled apart but share the process.
const holder = globalThis as unknown as {
  welkomBackgroundStarted?: boolean;
  welkomLoopRuns?: Map<string, Date>;
};

/** When each loop last finished a round in this instance (for the metrics endpoint). */
export const loopLastRuns = (): Map<string, Date> => (holder.welkomLoopRuns ??= new Map());

export function startBackgroundWork(): void {
  if (holder.welkomBackgroundStarted || !env().OUTBOX_WORKER) return;
  holder.welkomBackgroundStarted = true;
  void loops().then((list) => {
    for (const loop of list) schedule(loop);
    log.info("background.started", { loops: list.length });
  });
}

/** Runs one round, then waits the interval (rounds never overlap); a failed round is logged and retried next time. */
function schedule(loop: BackgroundLoop): void {
  const round = async () => {
    try {
      if (loop.alone) {
        const { runAlone } = await import("./run-alone");
        await runAlone(`loop:${loop.name}`, loop.run);
      } else {
        await loop.run();
      }
      loopLastRuns().set(loop.name, new Date());
    } catch (error) {
      log.error("background.round_failed", {
        loop: loop.name,
        error: error instanceof Error ? error.message.slice(0, 300) : "unknown",
      });
    }
    setTimeout(round, loop.intervalMs).unref();
  };
  setTimeout(round, Math.min(loop.intervalMs, 1_000)).unref();
}
