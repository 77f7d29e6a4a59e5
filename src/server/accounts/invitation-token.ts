import "server-only";
import { createHash, createHmac, randomBytes } from "node:crypto";
import type { Locale } from "@/domain/locale";
import { baseUrl, env } from "@/env";

// Development and tests only: production refuses to start without AUTH_SECRET (src/env.ts).
const developmentSecret = "welkom-development-secret-not-for-production-use";

/** 256 random bits in the link; only the SHA-256 digest is stored, so a database leak yields no usable link. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

/**
 * The token of a mailed invitation: an HMAC of its id under AUTH_SECRET, so the outbox worker
 * rebuilds the link when it sends the mail and neither the outbox nor `Invitation` ever holds it.
 */
export function invitationTokenFor(invitationId: string): { token: string; tokenHash: string } {
  const token = createHmac("sha256", env().AUTH_SECRET ?? developmentSecret)
    .update(`staff-invitation:${invitationId}`)
    .digest("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export const invitationUrlFor = (invitationId: string, locale: Locale) =>
  `${baseUrl()}/${locale}/staff/invite/${invitationTokenFor(invitationId).token}`;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
