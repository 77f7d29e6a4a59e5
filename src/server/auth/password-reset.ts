import "server-only";
import { createHash } from "node:crypto";
import { isAPIError } from "better-auth/api";
import type { Locale } from "@/domain/locale";
import { recordAudit } from "../audit";
import { addressBucket } from "../client-ip";
import { db } from "../db";
import { AppError } from "../errors";
import { consumeRateLimit } from "../rate-limit";
import { auth } from "./auth";
import { clearAccountLock } from "./sign-in-limits";

/** Reset mails asked for per typed address and per client address (IPv6: /64) in an hour. */
export const resetRequestLimits = { perAddressPerHour: 3, perClientPerHour: 20 };

/**
 * The throttled front of a reset request. It does the same work for every address (two counters),
 * so neither its answer nor its timing tells whether an account exists; the reset itself (which
 * writes only for a real account) is returned to be run after the answer has gone out, or null when a
 * limit is reached (the person sees the same answer).
 */
export async function acceptPasswordResetRequest(
  email: string,
  locale: Locale,
  clientIp: string,
): Promise<(() => Promise<void>) | null> {
  const address = email.trim().toLowerCase();
  try {
    await consumeRateLimit(
      "password-reset:client",
      addressBucket(clientIp),
      resetRequestLimits.perClientPerHour,
      3_600_000,
    );
    await consumeRateLimit(
      "password-reset:address",
      address,
      resetRequestLimits.perAddressPerHour,
      3_600_000,
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") return null;
    throw error;
  }
  return () => requestPasswordReset(address, locale);
}

/** Always answers the same way, whether or not the address has an account. */
export async function requestPasswordReset(email: string, locale: Locale): Promise<void> {
  await auth().api.requestPasswordReset({
    body: { email: email.trim().toLowerCase(), redirectTo: `/${locale}/staff/reset-password` },
  });
}

/** Sets the new password for a valid reset token and ends every session of that account. */
export async function resetPassword(token: string, newPassword: string): Promise<"done" | "invalidToken"> {
  const verification = await db().verification.findFirst({
    where: { identifier: resetIdentifier(token) },
    select: { value: true },
  });
  try {
    await auth().api.resetPassword({ body: { token, newPassword } });
  } catch (error) {
    if (isAPIError(error)) return "invalidToken";
    throw error;
  }
  await recordAudit(
    db(),
    null,
    "UPDATE",
    { type: "User", id: verification?.value ?? null },
    { event: "passwordReset" },
  );
  // The reset proved the mailbox: a lock built up by others' failed sign-ins should not outlive it.
  const user = verification
    ? await db().user.findUnique({ where: { id: verification.value }, select: { email: true } })
    : null;
  if (user) await clearAccountLock(user.email);
  return "done";
}

/** Whether a reset link can still be used (the page says so before the user types a new password). */
export async function isResetTokenOpen(token: string, now = new Date()): Promise<boolean> {
  const found = await db().verification.findFirst({
    where: { identifier: resetIdentifier(token), expiresAt: { gt: now } },
    select: { id: true },
  });
  return found !== null;
}

/**
 * How better-auth stores a reset token's verification row with `storeIdentifier: "hashed"` (auth.ts):
 * the SHA-256 of "reset-password:<token>", base64url without padding, never the token itself.
 */
export const resetIdentifier = (token: string) =>
  createHash("sha256").update(`reset-password:${token}`).digest("base64url");
