import { describe, expect, it } from "vitest";
import { mayReadMetrics } from "./access";
import { peerHeader } from "./http-metrics";

const token = "metrics-token-0123456789";
const request = (headers: Record<string, string>) => new Headers(headers);

describe("who may read /api/metrics", () => {
  it("a scraper on this machine, connecting directly", () => {
    expect(
      mayReadMetrics(request({ [peerHeader]: "127.0.0.1", "x-forwarded-for": "127.0.0.1" }), undefined),
    ).toBe(true);
    expect(mayReadMetrics(request({ [peerHeader]: "::ffff:127.0.0.1" }), undefined)).toBe(true);
    expect(mayReadMetrics(request({ [peerHeader]: "::1" }), undefined)).toBe(true);
  });
  it("not an outside client coming through the local proxy, even one that forges X-Forwarded-For", () => {
    expect(
      mayReadMetrics(request({ [peerHeader]: "127.0.0.1", "x-forwarded-for": "203.0.113.7" }), undefined),
    ).toBe(false);
    expect(
      mayReadMetrics(
        request({ [peerHeader]: "127.0.0.1", "x-forwarded-for": "127.0.0.1, 203.0.113.7" }),
        undefined,
      ),
    ).toBe(false);
    expect(
      mayReadMetrics(request({ [peerHeader]: "127.0.0.1", "x-real-ip": "203.0.113.7" }), undefined),
    ).toBe(false);
  });
  it("not an outside client connecting directly, nor a request without a known peer", () => {
    expect(
      mayReadMetrics(request({ [peerHeader]: "203.0.113.7", "x-forwarded-for": "127.0.0.1" }), token),
    ).toBe(false);
    expect(mayReadMetrics(request({}), token)).toBe(false);
  });
  it("anyone with the bearer token, and nobody with a wrong one", () => {
    expect(
      mayReadMetrics(request({ [peerHeader]: "203.0.113.7", authorization: `Bearer ${token}` }), token),
    ).toBe(true);
    expect(
      mayReadMetrics(request({ [peerHeader]: "203.0.113.7", authorization: `Bearer ${token}x` }), token),
    ).toBe(false);
    expect(
      mayReadMetrics(request({ [peerHeader]: "203.0.113.7", authorization: `Bearer ${token}` }), undefined),
    ).toBe(false);
  });
});
