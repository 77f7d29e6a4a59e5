import "server-only";
import { log } from "../log";
import { anonymiseInactivePersons } from "./anonymise-inactive-persons";

const everySixHours = 6 * 60 * 60 * 1000;

/** Runs the retention job shortly after start-up and then every six hours. */
export function startRetentionLoop(intervalMs = everySixHours): () => void {
  const run = async () => {
    try {
      const count = await anonymiseInactivePersons();
      log.info("retention.anonymised", { count });
    } catch (error) {
      log.error("retention.failed", { reason: error instanceof Error ? error.message : "unknown" });
    }
  };
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
