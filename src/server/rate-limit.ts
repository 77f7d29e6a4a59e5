import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "./db";
import { db } from "./db";
import { RateLimitedError } from "./errors";

/**
 * Fixed-window counters in PostgreSQL, so that every instance shares them. `consume` counts one
 * attempt and fails with RATE_LIMITED (RateLimitedError: when the window ends) once the window's limit is passed. Keys are hashed: a counter
 * must not become a list of e-mail addresses.
 */
export async function consumeRateLimit(
  scope: string,
  subject: string,
  limit: number,
  windowMs: number,
  now: Date = new Date(),
  client: Tx = db(),
): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const key = `${scope}:${createHash("sha256").update(subject).digest("hex").slice(0, 32)}`;
  const rows = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`;
  if ((rows[0]?.count ?? 0) > limit)
    throw new RateLimitedError(
      Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)),
    );
}

/** Drops windows older than two days (the longest window is one day). */
export async function pruneRateLimitCounters(now: Date = new Date()): Promise<number> {
  const { count } = await db().rateLimitCounter.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - 2 * 86_400_000) } },
  });
  return count;
}
