import "server-only";
import { timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import { env } from "@/env";
import { peerHeader } from "./http-metrics";

const isLoopback = (address: string) => {
  const plain = address.replace(/^::ffff:/, "");
  return isIP(plain) !== 0 && (plain === "::1" || plain.startsWith("127."));
};

/**
 * The metrics may be read with `Authorization: Bearer METRICS_TOKEN`, or without it from this
 * machine: the socket's peer is loopback and nobody forwarded the request (a proxy on this machine
 * adds the outside client's address to X-Forwarded-For, which is then not loopback).
 */
export function mayReadMetrics(headers: Headers, token = env().METRICS_TOKEN): boolean {
  const given = /^Bearer (.+)$/.exec(headers.get("authorization") ?? "")?.[1];
  if (token && given) {
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    if (a.length === b.length && timingSafeEqual(a, b)) return true;
  }
  const peer = headers.get(peerHeader);
  if (!peer || !isLoopback(peer)) return false;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded.every(isLoopback) && !headers.has("x-real-ip") && !headers.has("forwarded");
}
