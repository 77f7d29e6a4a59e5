import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/env";
import { db } from "../db";
import { addressBucket } from "../client-ip";

/**
 * Sign-in attempts are counted in PostgreSQL (RateLimitCounter, shared by every instance) BEFORE the
 * password is checked, with one atomic upsert per key, so a burst of parallel attempts gets no more
 * password checks than the limit. A successful sign-in gives its slot back.
 *
 * Three keys, so that strangers cannot lock a named staff member out:
 * - per address (IPv6 by /64): throttles whoever guesses across many accounts;
 * - per account from one address: a handful of failures locks that address out of that account only;
 * - per account from anywhere, at four times the account limit: stops guessing spread over addresses.
 *   A password reset lifts it.
 * Counts cover the current fixed window and the one before, so failures a minute apart on either side of
 * a window boundary still add up (a lock lasts between one and two windows).
 */
export const signInWindowMinutes = 15;
const windowMs = signInWindowMinutes * 60_000;
/** How many times the per-account limit may fail for one account across all addresses. */
export const accountWideFactor = 4;

export type SignInKeys = { account: string; accountFromAddress: string; address: string };
export type SignInAttempts = Record<keyof SignInKeys, number>;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The e-mail address is hashed: the counter table must not become a list of who tried to sign in. */
export function signInKeys(email: string, ip: string): SignInKeys {
  const account = sha256(email.trim().toLowerCase());
  const address = addressBucket(ip);
  return {
    account: `sign-in:account:${account}`,
    accountFromAddress: `sign-in:account-address:${sha256(`${account} ${address}`)}`,
    address: `sign-in:ip:${address}`,
  };
}

function windowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Counts this attempt on every key and returns each key's attempts in this window and the previous one. */
export async function countSignInAttempt(keys: SignInKeys, now = new Date()): Promise<SignInAttempts> {
  const start = windowStart(now);
  const previous = new Date(start.getTime() - windowMs);
  const names = Object.keys(keys) as (keyof SignInKeys)[];
  const current = await db().$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count")
    SELECT key, ${start}, 1 FROM unnest(${names.map((name) => keys[name])}::text[]) AS key
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "key", "count"`;
  const before = await db().rateLimitCounter.findMany({
    where: { key: { in: names.map((name) => keys[name]) }, windowStart: previous },
    select: { key: true, count: true },
  });
  const sum = (key: string) =>
    (current.find((row) => row.key === key)?.count ?? 0) +
    (before.find((row) => row.key === key)?.count ?? 0);
  return Object.fromEntries(names.map((name) => [name, sum(keys[name])])) as SignInAttempts;
}

/** Whether attempts beyond this one would be refused (`>=`), or this one is (`>`). */
function overLimit(attempts: SignInAttempts, reached: (count: number, limit: number) => boolean): boolean {
  const limits = env();
  const perAccount = limits.RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT;
  return (
    reached(attempts.accountFromAddress, perAccount) ||
    reached(attempts.account, perAccount * accountWideFactor) ||
    reached(attempts.address, limits.RATE_LIMIT_SIGN_IN_FAILURES_PER_IP)
  );
}

/** This attempt is over a limit: refuse it without checking the password. */
export const isRefused = (attempts: SignInAttempts) => overLimit(attempts, (count, limit) => count > limit);
/** After a failure: the next attempt would be refused, so say "locked" now. */
export const isLocked = (attempts: SignInAttempts) => overLimit(attempts, (count, limit) => count >= limit);

/** After a successful sign-in: the account's counts start again, and the address gets its slot back. */
export async function forgetAttempts(keys: SignInKeys, now = new Date()): Promise<void> {
  await clearAccountAttempts(keys, now);
  await db().$executeRaw`
    UPDATE "RateLimitCounter" SET "count" = greatest("count" - 1, 0) WHERE "key" = ${keys.address} AND "windowStart" = ${windowStart(now)}`;
}

/** Lifts an account's locks (after a successful sign-in or a password reset). */
export async function clearAccountAttempts(
  keys: Pick<SignInKeys, "account" | "accountFromAddress">,
  now = new Date(),
): Promise<void> {
  const since = new Date(windowStart(now).getTime() - windowMs);
  await db().rateLimitCounter.deleteMany({
    where: { key: { in: [keys.account, keys.accountFromAddress] }, windowStart: { gte: since } },
  });
}

/** Lifts the account-wide lock for an e-mail address, from every address (a password reset proves the mailbox). */
export async function clearAccountLock(email: string, now = new Date()): Promise<void> {
  const since = new Date(windowStart(now).getTime() - windowMs);
  await db().rateLimitCounter.deleteMany({
    where: { key: signInKeys(email, "").account, windowStart: { gte: since } },
  });
}

/** Grows with each failure (0.4 s per failure, at most 3 s), so guessing gets slow before it gets locked. */
export function slowDownMs(failures: number): number {
  return Math.min(failures * 400, 3000);
}
