import "server-only";
import { env } from "@/env";
import { log } from "./log";

/**
 * Background loops every instance runs (the outbox sender, reminders, retention). Each loop claims
 * its work with row locks, so several instances can run them side by side. To add one, add an
 * entry to `loops()`: a name, an interval, and a function that does one round of work.
 */
export type BackgroundLoop = { name: string; intervalMs: number; run: () => Promise<unknown> };

async function loops(): Promise<BackgroundLoop[]> {
  const { sendDueMail } = await import("./mail/outbox-worker");
  const { queueDueReminders } = await import("./infosessions/reminders");
  const { pruneRateLimitCounters } = await import("./rate-limit");
  const { pruneFinishedMail } = await import("./mail/prune-outbox");
  const { anonymiseInactivePersons } = await import("./cases/anonymise-inactive-persons");
  const { erasePastRegistrations } = await import("./infosessions/erase-past-registrations");
  const { eraseClosedQuestions } = await import("./questions/erase-closed-questions");
  return [
    { name: "outbox", intervalMs: env().OUTBOX_POLL_MS, run: () => sendDueMail() },
    { name: "reminders", intervalMs: 60_000, run: () => queueDueReminders() },
    { name: "rate-limit-pruning", intervalMs: 3_600_000, run: () => pruneRateLimitCounters() },
    { name: "outbox-pruning", intervalMs: 3_600_000, run: () => pruneFinishedMail() },
    { name: "retention", intervalMs: 6 * 3_600_000, run: () => anonymiseInactivePersons().then((count) => log.info("retention.anonymised", { count })) },
    { name: "registration-retention", intervalMs: 6 * 3_600_000, run: () => erasePastRegistrations().then((count) => log.info("retention.registrations_erased", { count })) },
    { name: "question-retention", intervalMs: 6 * 3_600_000, run: () => eraseClosedQuestions().then((count) => log.info("retention.questions_erased", { count })) },
  ];
}

const holder = globalThis as unknown as { welkomBackgroundStarted?: boolean };

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
      await loop.run();
    } catch (error) {
      log.error("background.round_failed", { loop: loop.name, error: error instanceof Error ? error.message.slice(0, 300) : "unknown" });
    }
    setTimeout(round, loop.intervalMs).unref();
  };
  setTimeout(round, Math.min(loop.intervalMs, 1_000)).unref();
}
