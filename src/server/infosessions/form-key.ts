import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/env";

// Development and tests only: production refuses to start without AUTH_SECRET (src/env.ts).
const developmentSecret = "welkom-development-secret-not-for-production-use";
const prefix = "form-";

const signatureOf = (nonce: string) =>
  createHmac("sha256", env().AUTH_SECRET ?? developmentSecret)
    .update(`registration-form-key:${nonce}`)
    .digest("base64url")
    .slice(0, 22);

/**
 * The idempotency key the registration page hands to one visitor: a random nonce signed under
 * AUTH_SECRET. Only a replay with such a key gets the manage link back (a double submit from the same
 * page); a key an API client chose may be predictable, so its replay answers with the status only.
 */
export function newFormIdempotencyKey(): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${prefix}${nonce}${signatureOf(nonce)}`;
}

export function isFormIdempotencyKey(key: string): boolean {
  if (!key.startsWith(prefix) || key.length !== prefix.length + 44) return false;
  const nonce = key.slice(prefix.length, prefix.length + 22);
  const given = Buffer.from(key.slice(prefix.length + 22));
  const expected = Buffer.from(signatureOf(nonce));
  return given.length === expected.length && timingSafeEqual(given, expected);
}
