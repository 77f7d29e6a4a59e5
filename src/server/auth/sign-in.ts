import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { isAPIError } from "better-auth/api";
import { recordAudit } from "../audit";
import { clientIpOf } from "../client-ip";
import { db } from "../db";
import { log } from "../log";
import { auth } from "./auth";
import { loadStaffUser } from "./staff-user";
import {
  countSignInAttempt,
  forgetAttempts,
  isLocked,
  isRefused,
  signInKeys,
  slowDownMs,
} from "./sign-in-limits";

export type SignInOutcome = "signedIn" | "twoFactorRequired" | "invalidCredentials" | "locked";

/**
 * Signs a staff member in with e-mail and password through better-auth (which sets the session
 * cookie via nextCookies in a server action), behind the per-account and per-address limits.
 * Audits SIGN_IN / SIGN_IN_FAILED with the user id where known, never the address typed.
 */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  headers: Headers;
}): Promise<SignInOutcome> {
  const keys = signInKeys(input.email, clientIpOf(input.headers));
  const known = await db().user.findUnique({
    where: { email: input.email.trim().toLowerCase() },
    select: { id: true },
  });
  const entity = { type: "User", id: known?.id ?? null };
  // Counted before the password is checked: parallel attempts cannot all slip under the limit.
  const attempts = await countSignInAttempt(keys);
  if (isRefused(attempts)) {
    await recordAudit(db(), null, "SIGN_IN_FAILED", entity, { reason: "locked" });
    return "locked";
  }
  try {
    const result = await auth().api.signInEmail({
      body: { email: input.email.trim().toLowerCase(), password: input.password, rememberMe: false },
      headers: input.headers,
    });
    await forgetAttempts(keys);
    if ("twoFactorRedirect" in result && result.twoFactorRedirect) return "twoFactorRequired";
    await recordAudit(db(), (await loadStaffUser(result.user.id))?.actor ?? null, "SIGN_IN", entity, {
      twoFactor: false,
    });
    return "signedIn";
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await recordAudit(db(), null, "SIGN_IN_FAILED", entity, {
      reason: error.message === "ACCOUNT_DEACTIVATED" ? "deactivated" : "invalidCredentials",
    });
    log.info("staff.signInFailed", { failures: attempts.accountFromAddress });
    await sleep(slowDownMs(attempts.accountFromAddress));
    return isLocked(attempts) ? "locked" : "invalidCredentials";
  }
}

export type TwoFactorOutcome = "signedIn" | "invalidCode" | "expired";

/** The second step: the TOTP code for the pending sign-in held in better-auth's two-factor cookie. */
export async function verifySignInCode(input: { code: string; headers: Headers }): Promise<TwoFactorOutcome> {
  try {
    const result = await auth().api.verifyTOTP({ body: { code: input.code }, headers: input.headers });
    await recordAudit(
      db(),
      (await loadStaffUser(result.user.id))?.actor ?? null,
      "SIGN_IN",
      { type: "User", id: result.user.id },
      { twoFactor: true },
    );
    return "signedIn";
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const expired = error.status === "UNAUTHORIZED" && !/code/i.test(error.message);
    await recordAudit(
      db(),
      null,
      "SIGN_IN_FAILED",
      { type: "User" },
      { reason: expired ? "twoFactorExpired" : "invalidCode" },
    );
    return expired ? "expired" : "invalidCode";
  }
}

export async function signOut(headers: Headers): Promise<void> {
  try {
    await auth().api.signOut({ headers });
  } catch (error) {
    // Signing out without a session is not an error worth showing.
    if (!isAPIError(error)) throw error;
  }
}
