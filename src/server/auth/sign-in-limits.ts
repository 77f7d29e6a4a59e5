import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/env";
import { db } from "../db";

/**
 * Failed sign-ins are counted per account and per client address in fixed windows in PostgreSQL
 * (RateLimitCounter), so every instance shares them. Each failure slows the next answer a little;
 * at the limit the account or address is locked until the window ends.
 */
export const signInWindowMinutes = 15;
const windowMs = signInWindowMinutes * 60_000;

export type SignInKeys = { account: string; ip: string };

/** The e-mail address is hashed: the counter table must not become a list of who tried to sign in. */
export function signInKeys(email: string, ip: string): SignInKeys {
  const digest = createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
  return { account: `sign-in:account:${digest}`, ip: `sign-in:ip:${ip}` };
}

function windowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

export async function failuresSoFar(keys: SignInKeys, now = new Date()): Promise<{ account: number; ip: number }> {
  const rows = await db().rateLimitCounter.findMany({
    where: { key: { in: [keys.account, keys.ip] }, windowStart: windowStart(now) },
    select: { key: true, count: true },
  });
  const countOf = (key: string) => rows.find((row) => row.key === key)?.count ?? 0;
  return { account: countOf(keys.account), ip: countOf(keys.ip) };
}

export function isLocked(failures: { account: number; ip: number }): boolean {
  const limits = env();
  return failures.account >= limits.RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT || failures.ip >= limits.RATE_LIMIT_SIGN_IN_FAILURES_PER_IP;
}

/** Counts one failure on both keys atomically and returns the account's new count. */
export async function recordSignInFailure(keys: SignInKeys, now = new Date()): Promise<number> {
  const start = windowStart(now);
  const rows = await db().$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count")
    VALUES (${keys.account}, ${start}, 1), (${keys.ip}, ${start}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "key", "count"`;
  return rows.find((row) => row.key === keys.account)?.count ?? 1;
}

export async function clearAccountFailures(keys: SignInKeys, now = new Date()): Promise<void> {
  await db().rateLimitCounter.deleteMany({ where: { key: keys.account, windowStart: windowStart(now) } });
}

/** Grows with each failure (0.4 s per failure, at most 3 s), so guessing gets slow before it gets locked. */
export function slowDownMs(failures: number): number {
  return Math.min(failures * 400, 3000);
}
