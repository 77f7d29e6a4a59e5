import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "./db";
import { db, sql, utcTimestamp } from "./db";
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

export type RateLimit = { scope: string; subject: string; limit: number; windowMs: number };

/** Counter rows per limit: a burst from one address spreads over them instead of queueing on one row. */
const shards = 8;

/**
 * Counts one attempt against several limits in one statement, and fails with RATE_LIMITED if any is
 * passed. Each limit's count is spread over `shards` rows (one picked at random, then summed), so
 * concurrent requests from one address do not wait for each other's row lock. The sum reads the
 * other shards as committed when the statement started: a burst may pass a limit by at most the
 * requests in flight, never by more.
 */
export async function consumeRateLimits(limits: readonly RateLimit[], now: Date = new Date()): Promise<void> {
  const shard = Math.floor(Math.random() * shards);
  const keys = limits.map((entry) => `${keyOf(entry.scope, entry.subject)}#`);
  const windows = limits.map((entry) =>
    utcTimestamp(new Date(Math.floor(now.getTime() / entry.windowMs) * entry.windowMs)),
  );
  const { rows } = await sql().query<{ position: string; total: string }>({
    name: "consume-rate-limits",
    text: `
      WITH wanted AS (
        SELECT * FROM unnest($1::text[], $2::timestamp(3)[]) WITH ORDINALITY AS w(prefix, window_start, position)
      ), counted AS (
        INSERT INTO "RateLimitCounter" ("key", "windowStart", "count")
        SELECT prefix || $3::int, window_start, 1 FROM wanted
        ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
        RETURNING "key", "windowStart", "count")
      SELECT w.position, c."count" + COALESCE((
          SELECT SUM(o."count") FROM "RateLimitCounter" o
          WHERE o."windowStart" = w.window_start AND o."key" <> c."key"
            AND o."key" = ANY(ARRAY(SELECT w.prefix || g FROM generate_series(0, $4::int - 1) g))), 0) AS total
      FROM wanted w JOIN counted c ON c."key" = w.prefix || $3::int AND c."windowStart" = w.window_start`,
    values: [keys, windows, shard, shards],
  });
  for (const row of rows) {
    const limit = limits[Number(row.position) - 1]!;
    if (Number(row.total) > limit.limit) {
      const windowEnd = (Math.floor(now.getTime() / limit.windowMs) + 1) * limit.windowMs;
      throw new RateLimitedError(Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)));
    }
  }
}

const keyOf = (scope: string, subject: string) =>
  `${scope}:${createHash("sha256").update(subject).digest("hex").slice(0, 32)}`;

/** Drops windows older than two days (the longest window is one day). */
export async function pruneRateLimitCounters(now: Date = new Date()): Promise<number> {
  const { count } = await db().rateLimitCounter.deleteMany({
    where: { windowStart: { lt: new Date(now.getTime() - 2 * 86_400_000) } },
  });
  return count;
}
