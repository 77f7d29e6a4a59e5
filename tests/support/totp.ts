import { createHmac } from "node:crypto";
import { base32Decode } from "@/domain/base32";

/**
 * RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s), written independently of better-auth so the tests
 * check the codes an authenticator app would show.
 */
export function totpCode(base32Secret: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const digest = createHmac("sha1", Buffer.from(base32Decode(base32Secret)))
    .update(counter)
    .digest();
  const offset = (digest[digest.length - 1] ?? 0) & 15;
  const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, "0");
}

export function secretOfOtpauthUri(uri: string): string {
  const secret = new URL(uri).searchParams.get("secret");
  if (!secret) throw new Error("No secret in the otpauth URI");
  return secret;
}
