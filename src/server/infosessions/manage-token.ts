import "server-only";
import { createHash, createHmac } from "node:crypto";
import { baseUrl, env } from "@/env";
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
