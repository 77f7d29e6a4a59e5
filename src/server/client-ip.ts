import "server-only";
import { env } from "@/env";

/**
 * The client's address for rate limiting. Next.js sets X-Forwarded-For to the socket's address when
 * the request has none; each reverse proxy appends the address that connected to it. With
 * TRUSTED_PROXY_HOPS proxies in front, the entry that many places from the right is the client as
 * seen by the outermost trusted proxy; anything further left was written by the client itself.
 */
export function clientIpOf(headers: Headers, trustedProxyHops = env().TRUSTED_PROXY_HOPS): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) return "unknown";
  const index = Math.max(0, entries.length - trustedProxyHops);
  return entries[index]!.slice(0, 64);
}
