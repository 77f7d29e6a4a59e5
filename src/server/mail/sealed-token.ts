import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env } from "@/env";

// Development and tests only: production refuses to start without AUTH_SECRET (src/env.ts).
const developmentSecret = "welkom-development-secret-not-for-production-use";

const key = () =>
  createHash("sha256")
    .update(`outbox-sealed-token:${env().AUTH_SECRET ?? developmentSecret}`)
    .digest();

/**
 * A token that must wait in the outbox (a password reset link, whose token better-auth makes) is
 * kept encrypted under a key derived from AUTH_SECRET (AES-256-GCM), so a database copy, replica or
 * backup yields no usable link. The link itself is only built when the mail is sent.
 */
export function sealToken(token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString("base64url")).join(".");
}

/** The token, or null when it was sealed under another secret or tampered with. */
export function openToken(sealed: string): string | null {
  const [iv, tag, data] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
