import "server-only";
import { createHash, createHmac } from "node:crypto";
import { baseUrl, env } from "@/env";
import { base32Encode } from "@/domain/base32";
import type { Locale } from "@/domain/locale";

// Development and tests only: production refuses to start without AUTH_SECRET (src/env.ts).
const developmentSecret = "welkom-development-secret-not-for-production-use";

/**
 * The private manage token of a registration: an HMAC of its id under the server secret, so it is
 * unguessable, the database holds only its SHA-256 (Registration.manageTokenHash), and the outbox
 * worker and an idempotent replay can rebuild it without it ever being stored. Rotating AUTH_SECRET
 * invalidates the links already sent.
 */
export function manageTokenFor(registrationId: string): string {
  return createHmac("sha256", env().AUTH_SECRET ?? developmentSecret)
    .update(`registration-manage:${registrationId}`)
    .digest("base64url");
}

export const hashManageToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const manageUrlFor = (registrationId: string, locale: Locale) =>
  `${baseUrl()}/${locale}/infosessions/manage/${manageTokenFor(registrationId)}`;

/** A token has this shape; anything else is rejected before it reaches the database. */
export const isManageTokenShape = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/**
 * A short code to write down or photograph with the manage page: with the e-mail address or phone
 * number of the registration it finds the manage link again (find-registration.ts). 40 bits from
 * the same secret, rebuilt from the id like the token, never stored; guessing is rate-limited.
 */
export function shortCodeFor(registrationId: string): string {
  const digest = createHmac("sha256", env().AUTH_SECRET ?? developmentSecret)
    .update(`registration-code:${registrationId}`)
    .digest();
  const code = base32Encode(digest.subarray(0, 5));
  return `${code.slice(0, 4)}-${code.slice(4, 8)}`;
}

/** A typed code in the form `shortCodeFor` gives: upper case, dash, and 0/1/8 read as O/I/B. */
export function normaliseShortCode(typed: string): string {
  const clean = typed
    .toUpperCase()
    .replace(/0/g, "O")
    .replace(/1/g, "I")
    .replace(/8/g, "B")
    .replace(/[^A-Z2-7]/g, "");
  return clean.length === 8 ? `${clean.slice(0, 4)}-${clean.slice(4)}` : clean;
}
