import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** 256 random bits in the link; only the SHA-256 digest is stored, so a database leak yields no usable link. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
