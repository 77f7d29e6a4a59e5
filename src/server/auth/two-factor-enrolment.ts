import "server-only";
import { isAPIError } from "better-auth/api";
import { symmetricDecrypt } from "better-auth/crypto";
import { base32Encode } from "@/domain/base32";
import { recordAudit } from "../audit";
import { db } from "../db";
import { auth, authSecret } from "./auth";
import type { Actor } from "./actor";

/**
 * Two-factor enrolment in two posts, so it works without JavaScript: the password starts it (better-auth
 * stores an unverified, encrypted secret), the page shows the secret, and the first valid code confirms it.
 */
export async function startEnrolment(
  password: string,
  headers: Headers,
): Promise<"started" | "invalidPassword"> {
  try {
    await auth().api.enableTwoFactor({ body: { password }, headers });
    return "started";
  } catch (error) {
    if (isAPIError(error)) return "invalidPassword";
    throw error;
  }
}

export type PendingEnrolment = { secret: string; otpauthUri: string };

/** The secret of an enrolment that waits for its first code, in the form authenticator apps take. */
export async function pendingEnrolment(userId: string): Promise<PendingEnrolment | null> {
  const row = await db().twoFactor.findFirst({
    where: { userId, verified: false },
    select: { secret: true, user: { select: { email: true } } },
  });
  if (!row) return null;
  const raw = await symmetricDecrypt({ key: authSecret(), data: row.secret });
  const secret = base32Encode(new TextEncoder().encode(raw));
  const label = `${encodeURIComponent("Welkom")}:${encodeURIComponent(row.user.email)}`;
  const otpauthUri = `otpauth://totp/${label}?secret=${secret}&issuer=Welkom&digits=6&period=30`;
  return { secret, otpauthUri };
}

export async function confirmEnrolment(
  actor: Actor,
  code: string,
  headers: Headers,
): Promise<"confirmed" | "invalidCode"> {
  try {
    await auth().api.verifyTOTP({ body: { code }, headers });
  } catch (error) {
    if (isAPIError(error)) return "invalidCode";
    throw error;
  }
  await recordAudit(db(), actor, "UPDATE", { type: "User", id: actor.userId }, { event: "twoFactorEnabled" });
  return "confirmed";
}
