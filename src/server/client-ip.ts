import "server-only";
import { env } from "@/env";
import { log } from "./log";

let hopsChecked = false;

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
  // Checked once, on the first request: fewer entries than hops means TRUSTED_PROXY_HOPS counts a
  // proxy that is not there, and every client would share the leftmost (client-written) entry.
  if (!hopsChecked) {
    hopsChecked = true;
    if (entries.length < trustedProxyHops) {
      log.warn("client_ip.fewer_forwarded_entries_than_hops", {
        trustedProxyHops,
        forwardedEntries: entries.length,
      });
    }
  }
  if (entries.length === 0) return "unknown";
  const index = Math.max(0, entries.length - trustedProxyHops);
  return entries[index]!.slice(0, 64);
}

/**
 * The bucket a client address is counted in for rate limits. An IPv6 host usually holds a whole /64
 * (2^64 addresses), so a limit per IPv6 address would be no limit: its first four groups count.
 * IPv4 (also IPv4-mapped IPv6) counts per address.
 */
export function addressBucket(ip: string): string {
  const address = ip
    .trim()
    .toLowerCase()
    .replace(/^\[|\](:\d+)?$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === "" ? [] : tail.split(":");
  const groups = address.includes("::")
    ? [
        ...headGroups,
        ...Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill("0"),
        ...tailGroups,
      ]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
