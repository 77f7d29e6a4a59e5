import "server-only";
import { log } from "./log";
import { startRetentionLoop } from "./cases/retention-loop";

/**
 * Background loops every instance runs (the outbox sender, reminders, retention). Each loop claims
 * its work with row locks, so several instances can run them side by side.
 */
export function startBackgroundWork(): void {
  startRetentionLoop();
  log.info("background.started", { loops: 0 });
}
